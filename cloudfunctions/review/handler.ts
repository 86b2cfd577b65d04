// `review`: town or county reviewers approve, reject and withdraw village publicity.
import { REVIEW } from '../../core/api/contracts/review';
import { approve, getReview, listReviews, reject, reviewerDue, withdraw } from '../../core/publicity/review-service';
import { clearPrivacy, listPrivacyFlagged, publishObjectionOutcome, withdrawFlagged } from '../../core/publicity/disclosure-review';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';

export const handleReview = defineActions(REVIEW, {
  'reviews.list': (ctx, d) => listReviews(deps(ctx), ctx.caller, d),
  'reviews.get': (ctx, d) => getReview(deps(ctx), ctx.caller, d.id),
  'reviews.approve': (ctx, d) => approve(deps(ctx), ctx.caller, d),
  'reviews.reject': (ctx, d) => reject(deps(ctx), ctx.caller, d),
  'disclosures.withdraw': (ctx, d) => withdraw(deps(ctx), ctx.caller, d),
  'due.list': (ctx) => reviewerDue(deps(ctx), ctx.caller),
  'privacy.list': (ctx) => listPrivacyFlagged(deps(ctx), ctx.caller),
  'privacy.clear': (ctx, d) => clearPrivacy(deps(ctx), ctx.caller, d),
  'privacy.withdraw': (ctx, d) => withdrawFlagged(deps(ctx), ctx.caller, d),
  'objections.outcome': (ctx, d) => publishObjectionOutcome(deps(ctx), ctx.caller, d),
});
