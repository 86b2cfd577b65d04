// `resident`'s 依申请公开 actions: a person's own applications for government information.
import type { RESIDENT_APPLICATIONS } from '../../core/api/contracts/applications';
import {
  getMyApplication,
  listBodies,
  listMyApplications,
  rateMyApplication,
  submitApplication,
  supplyApplication,
  unreadApplications,
} from '../../core/applications/resident-service';
import { complaintDeps as deps, type ActionHandlers } from '../shared/dispatch';

export const residentApplications: ActionHandlers<typeof RESIDENT_APPLICATIONS> = {
  'applications.bodies': (ctx, d) => listBodies(deps(ctx), ctx.caller, d.regionCode),
  'applications.submit': (ctx, d) => submitApplication(deps(ctx), ctx.caller, d),
  'applications.mine': (ctx, d) => listMyApplications(deps(ctx), ctx.caller, d.cursor),
  'applications.get': (ctx, d) => getMyApplication(deps(ctx), ctx.caller, d.id),
  'applications.unread': (ctx) => unreadApplications(deps(ctx), ctx.caller),
  'applications.supply': (ctx, d) => supplyApplication(deps(ctx), ctx.caller, d),
  'applications.rate': (ctx, d) => rateMyApplication(deps(ctx), ctx.caller, d),
};
