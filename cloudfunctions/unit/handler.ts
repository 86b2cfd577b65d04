// `unit`: the responsible unit's hotline queue, and the county 政务公开办's transfer and 督办.
import { UNIT_SCHEMAS as S } from '../../core/api/complaint-schemas';
import { getForStaff, listCountyUnits, listQueue, unitActions as A } from '../../core/complaints/unit-service';
import { complaintDeps as deps, dispatcher } from '../shared/dispatch';

export const handleUnit = dispatcher({
  'queue.list': { schema: S['queue.list'], run: (ctx, d) => listQueue(deps(ctx), ctx.caller, d) },
  'complaints.get': { schema: S['complaints.get'], run: (ctx, d) => getForStaff(deps(ctx), ctx.caller, d.id) },
  'complaints.accept': { schema: S['complaints.accept'], run: (ctx, d) => A.accept(deps(ctx), ctx.caller, d) },
  'complaints.return': { schema: S['complaints.return'], run: (ctx, d) => A.return(deps(ctx), ctx.caller, d) },
  'complaints.start': { schema: S['complaints.start'], run: (ctx, d) => A.start(deps(ctx), ctx.caller, d) },
  'complaints.extend': { schema: S['complaints.extend'], run: (ctx, d) => A.extend(deps(ctx), ctx.caller, d) },
  'complaints.answer': { schema: S['complaints.answer'], run: (ctx, d) => A.answer(deps(ctx), ctx.caller, d) },
  'complaints.transfer': { schema: S['complaints.transfer'], run: (ctx, d) => A.transfer(deps(ctx), ctx.caller, d) },
  'complaints.escalate': { schema: S['complaints.escalate'], run: (ctx, d) => A.escalate(deps(ctx), ctx.caller, d) },
  'complaints.release': { schema: S['complaints.release'], run: (ctx, d) => A.release(deps(ctx), ctx.caller, d) },
  'units.list': { schema: S['units.list'], run: (ctx) => listCountyUnits(deps(ctx), ctx.caller) },
});
