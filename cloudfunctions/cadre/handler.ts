// `cadre`: 驻村 cadres draft village publicity for their own villages.
import { CADRE } from '../../core/api/contracts/cadre';
import { cadreDue, getDraft, myDrafts, myVillages, previewDraft, saveDraft, submitDraft } from '../../core/publicity/cadre-service';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';

export const handleCadre = defineActions(CADRE, {
  'villages.mine': (ctx) => myVillages(deps(ctx), ctx.caller),
  'drafts.save': (ctx, d) => saveDraft(deps(ctx), ctx.caller, d),
  'drafts.preview': (ctx, d) => previewDraft(deps(ctx), ctx.caller, d.id),
  'drafts.get': (ctx, d) => getDraft(deps(ctx), ctx.caller, d.id),
  'drafts.submit': (ctx, d) => submitDraft(deps(ctx), ctx.caller, d),
  'drafts.mine': (ctx, d) => myDrafts(deps(ctx), ctx.caller, d.cursor),
  'due.list': (ctx) => cadreDue(deps(ctx), ctx.caller),
});
