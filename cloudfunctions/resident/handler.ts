// `resident`: a person's own supervision complaints. The caller is whoever WeChat says.
import { RESIDENT } from '../../core/api/contracts/resident';
import { getMine, listMine, rateMine, reopenMine, submitComplaint } from '../../core/complaints/resident-service';
import { AppError } from '../../core/api/errors';
import { uploadFolder } from '../shared/upload-prefix';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';

export const handleResident = defineActions(RESIDENT, {
  'complaints.submit': (ctx, d) => submitComplaint(deps(ctx), ctx.caller, d),
  'complaints.mine': (ctx, d) => listMine(deps(ctx), ctx.caller, d.cursor),
  'complaints.get': (ctx, d) => getMine(deps(ctx), ctx.caller, d.id),
  'complaints.rate': (ctx, d) => rateMine(deps(ctx), ctx.caller, d),
  'complaints.reopen': (ctx, d) => reopenMine(deps(ctx), ctx.caller, d),
  'files.prefix': async (ctx) => {
    if (!ctx.caller.openid) throw new AppError('UNAUTHENTICATED');
    // Not the openid itself: a unit sees photo ids and must not learn who sent them.
    return { prefix: `uploads/${uploadFolder(ctx.caller.openid)}/` };
  },
});
