// `cadre`: 驻村 cadres draft village publicity for their own villages.
import { CADRE_SCHEMAS as S } from '../../core/api/publicity-schemas';
import { cadreDue, getDraft, myDrafts, myVillages, previewDraft, saveDraft, submitDraft } from '../../core/publicity/cadre-service';
import { complaintDeps as deps, dispatcher } from '../shared/dispatch';

export const handleCadre = dispatcher({
  'villages.mine': { schema: S['villages.mine'], run: (ctx) => myVillages(deps(ctx), ctx.caller) },
  'drafts.save': { schema: S['drafts.save'], run: (ctx, d) => saveDraft(deps(ctx), ctx.caller, d) },
  'drafts.preview': { schema: S['drafts.preview'], run: (ctx, d) => previewDraft(deps(ctx), ctx.caller, d.id) },
  'drafts.get': { schema: S['drafts.get'], run: (ctx, d) => getDraft(deps(ctx), ctx.caller, d.id) },
  'drafts.submit': { schema: S['drafts.submit'], run: (ctx, d) => submitDraft(deps(ctx), ctx.caller, d) },
  'drafts.mine': { schema: S['drafts.mine'], run: (ctx, d) => myDrafts(deps(ctx), ctx.caller, d.cursor) },
  'due.list': { schema: S['due.list'], run: (ctx) => cadreDue(deps(ctx), ctx.caller) },
});
