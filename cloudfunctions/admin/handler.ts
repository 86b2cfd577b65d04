// `admin`: the county 政务公开办 as the deployment's administrator: the working-day calendar
// (节假日安排) and the audit record.
import { ADMIN } from '../../core/api/contracts/admin';
import { getCalendarYear, listAudit, listCalendar, putCalendarYear } from '../../core/calendar/admin-service';
import { defineActions } from '../shared/dispatch';
import type { FunctionContext } from '../shared/context';

const deps = (ctx: FunctionContext) => ({ store: ctx.store, clock: ctx.clock });

export const handleAdmin = defineActions(ADMIN, {
  'calendar.list': (ctx) => listCalendar(deps(ctx), ctx.caller),
  'calendar.get': (ctx, d) => getCalendarYear(deps(ctx), ctx.caller, d.year),
  'calendar.put': (ctx, d) => putCalendarYear(deps(ctx), ctx.caller, d),
  'audit.list': (ctx, d) => listAudit(deps(ctx), ctx.caller, d.cursor),
});
