// `unit`'s 依申请公开 actions: the handling body's applications, and the county's oversight.
import type { UNIT_APPLICATIONS } from '../../core/api/contracts/applications';
import { applicationActions as A, getApplicationForStaff, listApplicationQueue } from '../../core/applications/unit-service';
import { complaintDeps as deps, type ActionHandlers } from '../shared/dispatch';

export const unitApplications: ActionHandlers<typeof UNIT_APPLICATIONS> = {
  'applications.queue': (ctx, d) => listApplicationQueue(deps(ctx), ctx.caller, d),
  'applications.get': (ctx, d) => getApplicationForStaff(deps(ctx), ctx.caller, d.id),
  'applications.register': (ctx, d) => A.register(deps(ctx), ctx.caller, d),
  'applications.askSupplement': (ctx, d) => A.askSupplement(deps(ctx), ctx.caller, d),
  'applications.extend': (ctx, d) => A.extend(deps(ctx), ctx.caller, d),
  'applications.answer': (ctx, d) => A.answer(deps(ctx), ctx.caller, d),
};
