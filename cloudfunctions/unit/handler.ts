// `unit`: the responsible unit's hotline queue, and the county 政务公开办's transfer and 督办.
import { UNIT } from '../../core/api/contracts/unit';
import { getForStaff, listCountyUnits, listQueue, unitActions as A } from '../../core/complaints/unit-service';
import { fileForVillager } from '../../core/complaints/proxy-service';
import { listUnitResponses, publishResponse, setPublicWording } from '../../core/responses/service';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';
import { unitApplications } from './applications';

export const handleUnit = defineActions(UNIT, {
  'queue.list': (ctx, d) => listQueue(deps(ctx), ctx.caller, d),
  'complaints.get': (ctx, d) => getForStaff(deps(ctx), ctx.caller, d.id),
  'complaints.accept': (ctx, d) => A.accept(deps(ctx), ctx.caller, d),
  'complaints.return': (ctx, d) => A.return(deps(ctx), ctx.caller, d),
  'complaints.start': (ctx, d) => A.start(deps(ctx), ctx.caller, d),
  'complaints.extend': (ctx, d) => A.extend(deps(ctx), ctx.caller, d),
  'complaints.answer': (ctx, d) => A.answer(deps(ctx), ctx.caller, d),
  'complaints.transfer': (ctx, d) => A.transfer(deps(ctx), ctx.caller, d),
  'complaints.escalate': (ctx, d) => A.escalate(deps(ctx), ctx.caller, d),
  'complaints.release': (ctx, d) => A.release(deps(ctx), ctx.caller, d),
  'units.list': (ctx) => listCountyUnits(deps(ctx), ctx.caller),
  'complaints.publicWording': (ctx, d) => setPublicWording(deps(ctx), ctx.caller, d),
  'responses.publish': (ctx, d) => publishResponse(deps(ctx), ctx.caller, d),
  ...unitApplications,
  'complaints.fileFor': (ctx, d) => fileForVillager(deps(ctx), ctx.caller, d),
  'responses.mine': (ctx, d) => listUnitResponses(deps(ctx), ctx.caller, d),
});
