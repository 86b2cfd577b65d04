// `resident`: a person's own supervision complaints. The caller is whoever WeChat says.
import { RESIDENT } from '../../core/api/contracts/resident';
import { getMine, listMine, rateMine, reopenMine, submitComplaint, unreadMine } from '../../core/complaints/resident-service';
import { AppError } from '../../core/api/errors';
import { newUploadFolder } from '../shared/upload-folders';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';
import { residentApplications } from './applications';

export const handleResident = defineActions(RESIDENT, {
  'complaints.submit': (ctx, d) => submitComplaint(deps(ctx), ctx.caller, d),
  'complaints.mine': (ctx, d) => listMine(deps(ctx), ctx.caller, d.cursor),
  'complaints.get': (ctx, d) => getMine(deps(ctx), ctx.caller, d.id),
  'complaints.unread': (ctx) => unreadMine(deps(ctx), ctx.caller),
  'complaints.rate': (ctx, d) => rateMine(deps(ctx), ctx.caller, d),
  'complaints.reopen': (ctx, d) => reopenMine(deps(ctx), ctx.caller, d),
  'files.prefix': async (ctx) => {
    if (!ctx.caller.openid) throw new AppError('UNAUTHENTICATED');
    // A fresh random folder each time (one per complaint-to-be), recorded as this caller's:
    // a unit sees photo ids and must learn nothing from them about who sent them.
    return { prefix: `uploads/${await newUploadFolder(ctx.store, ctx.caller.openid, ctx.clock.now())}/` };
  },
  ...residentApplications,
});
