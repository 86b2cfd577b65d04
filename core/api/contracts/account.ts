// The `account` function: anyone signed in (in WeChat: every caller has an openid) asks who
// they are, and accepts an invitation, which binds their own openid (never one typed in).
import * as v from 'valibot';
import type { Account } from '../../accounts/account';
import { answer } from '../contract';
import { empty } from '../schema-parts';
import type { SubscribeOffer, SubscribeRecorded } from '../../complaints/subscriptions';

/** An entry the home page offers this person (a page of a subpackage). */
export interface MeEntry {
  key:
    | 'setup'
    | 'queue'
    | 'publish'
    | 'cadre'
    | 'review'
    | 'people'
    | 'invites'
    | 'units'
    | 'routes'
    | 'audit'
    | 'calendar'
    | 'stats'
    | 'catalog'
    | 'partners'
    | 'hotline'
    | 'responses'
    | 'privacy'
    | 'reviewers'
    | 'due';
  title: string;
  path: string;
}

export interface Me {
  openid: string | null;
  /** null: a resident without an account (or a deactivated one). */
  account: Account | null;
  roleName: string;
  bindingName: string | null;
  entries: MeEntry[];
}

export interface AcceptAnswer {
  account: Account;
  roleName: string;
  bindingName: string;
}

/** An invitation's short code as typed: letters and digits, spaces and dashes ignored. */
export const invitationCodeSchema = v.pipe(
  v.string('请输入邀请码'),
  v.trim(),
  v.transform((s) => s.toUpperCase().replace(/[\s-]/g, '')),
  v.regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, '邀请码应为8位字母或数字，请核对后再试'),
);

/** What requestSubscribeMessage answered, by template id (at most a few per ask). */
export const subscribeAnswersSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.minLength(1, '模板编号有误'), v.maxLength(64, '模板编号有误')),
    v.picklist(['accept', 'reject', 'ban', 'filter'], '订阅结果有误'),
    '订阅结果有误',
  ),
  v.check((r) => Object.keys(r).length <= 5, '订阅结果有误'),
);

export const ACCOUNT = {
  me: { req: empty, res: answer<Me>() },
  'invites.accept': { req: v.object({ code: invitationCodeSchema }), res: answer<AcceptAnswer>() },
  /** The subscribe-message template ids this deployment asks for (none configured: nothing to ask). */
  'subscribe.offer': { req: empty, res: answer<SubscribeOffer>() },
  /** Records the person's answers to a subscribe ask (accepts allow one message each; the rest are kept as no). */
  'subscribe.record': { req: v.object({ answers: subscribeAnswersSchema }), res: answer<SubscribeRecorded>() },
};
