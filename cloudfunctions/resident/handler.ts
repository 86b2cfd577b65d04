// `resident`: a person's own supervision complaints. The caller is whoever WeChat says.
import { RESIDENT_SCHEMAS as S } from '../../core/api/complaint-schemas';
import { getMine, listMine, rateMine, reopenMine, submitComplaint } from '../../core/complaints/resident-service';
import { AppError } from '../../core/api/errors';
import { uploadFolder } from '../shared/upload-prefix';
import { complaintDeps as deps, dispatcher } from '../shared/dispatch';

export const handleResident = dispatcher({
  'complaints.submit': { schema: S['complaints.submit'], run: (ctx, d) => submitComplaint(deps(ctx), ctx.caller, d) },
  'complaints.mine': { schema: S['complaints.mine'], run: (ctx, d) => listMine(deps(ctx), ctx.caller, d.cursor) },
  'complaints.get': { schema: S['complaints.get'], run: (ctx, d) => getMine(deps(ctx), ctx.caller, d.id) },
  'complaints.rate': { schema: S['complaints.rate'], run: (ctx, d) => rateMine(deps(ctx), ctx.caller, d) },
  'complaints.reopen': { schema: S['complaints.reopen'], run: (ctx, d) => reopenMine(deps(ctx), ctx.caller, d) },
  'files.prefix': {
    schema: S['files.prefix'],
    run: async (ctx) => {
      if (!ctx.caller.openid) throw new AppError('UNAUTHENTICATED');
      // Not the openid itself: a unit sees photo ids and must not learn who sent them.
      return { prefix: `uploads/${uploadFolder(ctx.caller.openid)}/` };
    },
  },
});
