// `admin`: the county 政务公开办 as the deployment's administrator: the working-day calendar
// (节假日安排) and the audit record.
import { ADMIN_SCHEMAS as S } from '../../core/api/admin-schemas';
import { getCalendarYear, listAudit, listCalendar, putCalendarYear } from '../../core/calendar/admin-service';
import { dispatcher } from '../shared/dispatch';
import type { FunctionContext } from '../shared/context';

const deps = (ctx: FunctionContext) => ({ store: ctx.store, clock: ctx.clock });

export const handleAdmin = dispatcher({
  'calendar.list': { schema: S['calendar.list'], run: (ctx) => listCalendar(deps(ctx), ctx.caller) },
  'calendar.get': { schema: S['calendar.get'], run: (ctx, d) => getCalendarYear(deps(ctx), ctx.caller, d.year) },
  'calendar.put': { schema: S['calendar.put'], run: (ctx, d) => putCalendarYear(deps(ctx), ctx.caller, d) },
  'audit.list': { schema: S['audit.list'], run: (ctx, d) => listAudit(deps(ctx), ctx.caller, d.cursor) },
});
