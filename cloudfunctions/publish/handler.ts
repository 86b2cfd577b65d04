// `publish`: everyone bound to publish (county units, town governments, 驻村 cadres) drafts,
// previews and submits disclosures for review. `cadre` serves the same handlers.
import { PUBLISH } from '../../core/api/contracts/publish';
import {
  cadreDue,
  getDraft,
  myDrafts,
  myTargets,
  previewDraft,
  previewDue,
  saveDraft,
  submitDraft,
} from '../../core/publicity/cadre-service';
import { complaintDeps as deps, defineActions, type ActionHandlers } from '../shared/dispatch';
import type { DRAFTING } from '../../core/api/contracts/publish';

/** The drafting handlers, shared with the `cadre` function. */
export const draftingHandlers: ActionHandlers<typeof DRAFTING> = {
  'drafts.save': (ctx, d) => saveDraft(deps(ctx), ctx.caller, d),
  'drafts.preview': (ctx, d) => previewDraft(deps(ctx), ctx.caller, d.id),
  'drafts.get': (ctx, d) => getDraft(deps(ctx), ctx.caller, d.id),
  'drafts.submit': (ctx, d) => submitDraft(deps(ctx), ctx.caller, d),
  'drafts.mine': (ctx, d) => myDrafts(deps(ctx), ctx.caller, d.cursor),
  'due.list': (ctx) => cadreDue(deps(ctx), ctx.caller),
  'due.preview': (ctx, d) => previewDue(deps(ctx), ctx.caller, d),
};

export const handlePublish = defineActions(PUBLISH, {
  'targets.mine': (ctx) => myTargets(deps(ctx), ctx.caller),
  ...draftingHandlers,
});
