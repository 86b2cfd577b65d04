// `account`: who am I (account, role, bindings, the entries to show), and accepting an
// invitation, which binds the caller's own openid. Use cases: core/accounts/people-service.ts.
import { ACCOUNT } from '../../core/api/contracts/account';
import { acceptInvitation, me } from '../../core/accounts/people-service';
import { defineActions } from '../shared/dispatch';
import type { FunctionContext } from '../shared/context';
import { recordSubscribeAnswers, subscribeOffer } from '../../core/complaints/subscriptions';
import { AppError } from '../../core/api/errors';

const deps = (ctx: FunctionContext) => ({ store: ctx.store, clock: ctx.clock });

export const handleAccount = defineActions(ACCOUNT, {
  me: (ctx) => me(deps(ctx), ctx.caller),
  'invites.accept': (ctx, d) => acceptInvitation(deps(ctx), ctx.caller, d.code),
  'subscribe.offer': async (ctx) => {
    if (!ctx.caller.openid) throw new AppError('UNAUTHENTICATED');
    return subscribeOffer(ctx.platform.subscribeTemplates ?? {});
  },
  'subscribe.record': (ctx, d) => recordSubscribeAnswers(deps(ctx), ctx.caller, ctx.platform.subscribeTemplates ?? {}, d.answers),
});
