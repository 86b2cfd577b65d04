// `review`: town or county reviewers approve, reject and withdraw village publicity.
import { REVIEW_SCHEMAS as S } from '../../core/api/publicity-schemas';
import { approve, getReview, listReviews, reject, reviewerDue, withdraw } from '../../core/publicity/review-service';
import { complaintDeps as deps, dispatcher } from '../shared/dispatch';

export const handleReview = dispatcher({
  'reviews.list': { schema: S['reviews.list'], run: (ctx, d) => listReviews(deps(ctx), ctx.caller, d) },
  'reviews.get': { schema: S['reviews.get'], run: (ctx, d) => getReview(deps(ctx), ctx.caller, d.id) },
  'reviews.approve': { schema: S['reviews.approve'], run: (ctx, d) => approve(deps(ctx), ctx.caller, d) },
  'reviews.reject': { schema: S['reviews.reject'], run: (ctx, d) => reject(deps(ctx), ctx.caller, d) },
  'disclosures.withdraw': { schema: S['disclosures.withdraw'], run: (ctx, d) => withdraw(deps(ctx), ctx.caller, d) },
  'due.list': { schema: S['due.list'], run: (ctx) => reviewerDue(deps(ctx), ctx.caller) },
});
