// People by invitation over the real local cloud (issue 11): the county 政务公开办 invites a
// cadre for two villages, a new WeChat user (a dev login with a new openid) accepts, drafts
// for those villages only; an invitation is one-time, expires, can be revoked; nobody grants
// more than they hold; a deactivated person is refused on their next call; all of it audited.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, FIXED_NOW, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import type { Res } from '../../core/api/contracts';
import type { AuditEntry } from '../../core/audit';

let cloud: TestCloud;
let town: string;
let villages: string[];
let otherTownVillage: string;
let itemId: string;
let seq = 0;
const cookies = new Map<string, string>();

const as = async (openid: string) => {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
};
const admin = async <T = any>(action: string, data: unknown = {}, who = 'demo-xinjin-admin') =>
  cloud.call<T>('admin', action, data, await as(who)) as Promise<ApiAnswer<T>>;
const account = async <T = any>(action: string, data: unknown, who: string) => cloud.call<T>('account', action, data, await as(who));
const draft = async (who: string, regionCode: string) =>
  cloud.call<any>(
    'cadre',
    'drafts.save',
    {
      requestId: `people-${seq++}-abcdefgh`,
      regionCode,
      itemId,
      title: '危房改造补助对象公示',
      body: '拟补助对象如下，公示期内如有异议请反映。',
    },
    await as(who),
  );
const fails = (a: ApiAnswer<unknown>, code: string, message?: RegExp) => {
  assert.ok(!a.ok, `expected ${code}, got ok`);
  assert.equal(a.code, code, a.message);
  assert.match(a.message, /[\u4e00-\u9fa5]/, 'a Chinese message');
  if (message) assert.match(a.message, message);
};
type Invite = Res<'admin', 'invites.create'>;

async function auditActions(): Promise<AuditEntry[]> {
  return cloud.store.listAudit(100);
}

beforeAll(async () => {
  cloud = await startTestCloud();
  const cadre = await cloud.store.getAccount('demo-xinjin-cadre');
  town = cadre!.regionCodes[0].slice(0, 9);
  villages = (await cloud.store.listRegionChildren(town, 10)).map((r) => r.code).slice(0, 3);
  const towns = await cloud.store.listRegionChildren('510118', 10);
  const other = towns.find((t) => t.code !== town)!;
  otherTownVillage = (await cloud.store.listRegionChildren(other.code, 1))[0].code;
  const catalog = ok(
    await cloud.call<Res<'public', 'catalog.list'>>('public', 'catalog.list', {
      regionCode: villages[0],
      domain: 'rural_housing_renovation',
    }),
  );
  itemId = catalog.entries.find((e) => e.item.levels.includes('village') && e.item.publicityDays)!.item.id;
});
afterAll(() => cloud.close());

describe('an invitation', () => {
  let invite: Invite;

  it('the county admin invites a cadre for two villages: a code, a QR, listed, audited', async () => {
    invite = ok(await admin<Invite>('invites.create', { role: 'cadre', regionCodes: villages.slice(0, 2), name: '王小明' }));
    assert.match(invite.invitation.code!, /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    assert.equal(invite.invitation.state, 'open');
    assert.match(invite.qr!, /^data:image\/svg\+xml;base64,/);
    assert.equal(new Date(invite.invitation.expiresAt).getTime() - FIXED_NOW.getTime(), 7 * 86_400_000);
    const list = ok(await admin<Res<'admin', 'invites.list'>>('invites.list', {}));
    assert.ok(list.items.some((i) => i.id === invite.invitation.id));
    const entry = (await auditActions()).find((e) => e.action === 'invites.create' && e.target === `invitation:${invite.invitation.id}`);
    assert.ok(entry, 'audited');
    assert.ok(!JSON.stringify(entry.after).includes(invite.invitation.code!), 'the code is not in the audit record');
  });

  it('a new WeChat user accepts it and drafts for those villages only', async () => {
    const who = 'wx-new-cadre-0001';
    const before = ok(await account<Res<'account', 'me'>>('me', {}, who));
    assert.equal(before.account, null);
    assert.deepEqual(before.entries, []);
    // The code as typed: lower case and a dash do not matter.
    const typed = `${invite.invitation.code!.slice(0, 4).toLowerCase()}-${invite.invitation.code!.slice(4)}`;
    const accepted = ok(await account<Res<'account', 'invites.accept'>>('invites.accept', { code: typed }, who));
    assert.equal(accepted.account.role, 'cadre');
    assert.equal(accepted.account.openid, who);
    assert.deepEqual(accepted.account.regionCodes, villages.slice(0, 2));
    assert.equal(accepted.roleName, '驻村干部');
    const me = ok(await account<Res<'account', 'me'>>('me', {}, who));
    assert.deepEqual(
      me.entries.map((e) => e.key),
      ['cadre'],
    );
    assert.ok(me.bindingName!.includes('、'));
    ok(await draft(who, villages[0]));
    ok(await draft(who, villages[1]));
    fails(await draft(who, villages[2]), 'FORBIDDEN');
    // Someone else cannot use it again; nor can the same person.
    fails(await account('invites.accept', { code: invite.invitation.code }, 'wx-someone-else-1'), 'CONFLICT', /已被使用/);
    fails(await account('invites.accept', { code: invite.invitation.code }, who), 'CONFLICT');
    const audit = await auditActions();
    assert.ok(audit.some((e) => e.action === 'invites.accept' && e.target === `account:${who}` && e.before === null));
  });

  it('expires after 7 days', async () => {
    const late = ok(await admin<Invite>('invites.create', { role: 'cadre', regionCodes: [villages[2]], name: '李四' }));
    await cloud.setClock(new Date(FIXED_NOW.getTime() + 7 * 86_400_000 + 60_000));
    try {
      fails(await account('invites.accept', { code: late.invitation.code }, 'wx-late-user-01'), 'FORBIDDEN', /过期/);
      const list = ok(await admin<Res<'admin', 'invites.list'>>('invites.list', {}));
      const shown = list.items.find((i) => i.id === late.invitation.id)!;
      assert.equal(shown.state, 'expired');
      assert.equal(shown.code, null);
    } finally {
      await cloud.setClock(FIXED_NOW);
    }
    assert.equal(await cloud.store.getAccount('wx-late-user-01'), null);
  });

  it('a revoked invitation is refused; revoking is audited', async () => {
    const inv = ok(await admin<Invite>('invites.create', { role: 'reviewer', regionCodes: [town], name: '赵审核' }));
    const revoked = ok(await admin<Res<'admin', 'invites.revoke'>>('invites.revoke', { id: inv.invitation.id }));
    assert.equal(revoked.state, 'revoked');
    fails(await account('invites.accept', { code: inv.invitation.code }, 'wx-revoked-user'), 'FORBIDDEN', /撤销/);
    assert.ok((await auditActions()).some((e) => e.action === 'invites.revoke' && e.target === `invitation:${inv.invitation.id}`));
  });

  it('an openid with a staff role cannot take another binding; the same binding is fine', async () => {
    const other = ok(await admin<Invite>('invites.create', { role: 'reviewer', regionCodes: [town], name: '李建国' }));
    fails(await account('invites.accept', { code: other.invitation.code }, 'demo-xinjin-cadre'), 'CONFLICT', /已是驻村干部/);
    // Still open: the refused attempt did not use it up.
    assert.equal((await cloud.store.getInvitation(other.invitation.id))!.status, 'open');
    const cadre = (await cloud.store.getAccount('demo-xinjin-cadre'))!;
    const same = ok(
      await admin<Invite>('invites.create', { role: 'cadre', regionCodes: [...cadre.regionCodes].reverse(), name: cadre.name }),
    );
    ok(await account('invites.accept', { code: same.invitation.code }, 'demo-xinjin-cadre'));
  });

  it('unknown or malformed codes', async () => {
    fails(await account('invites.accept', { code: '22222222' }, 'wx-guess-user-1'), 'NOT_FOUND');
    fails(await account('invites.accept', { code: 'abc' }, 'wx-guess-user-1'), 'INVALID_INPUT', /邀请码/);
    fails(await cloud.call('account', 'invites.accept', { code: '22222222' }), 'UNAUTHENTICATED');
  });
});

describe('nobody grants more than they hold', () => {
  it('a cadre cannot invite anyone; a resident neither', async () => {
    fails(await admin('invites.create', { role: 'unit_staff', unitId: '510118-zjj', name: '张三' }, 'demo-xinjin-cadre'), 'FORBIDDEN');
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [villages[0]], name: '张三' }, 'demo-xinjin-cadre'), 'FORBIDDEN');
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [villages[0]], name: '张三' }, 'demo-xinjin-resident'), 'FORBIDDEN');
  });

  it("a unit's lead invites staff of their own unit only", async () => {
    // Not a lead yet: refused.
    fails(await admin('invites.create', { role: 'unit_staff', unitId: '510118-zjj', name: '钱同事' }, 'demo-xinjin-unit'), 'FORBIDDEN');
    ok(await admin('people.update', { openid: 'demo-xinjin-unit', lead: true }));
    const mine = ok(
      await admin<Invite>('invites.create', { role: 'unit_staff', unitId: '510118-zjj', name: '钱同事' }, 'demo-xinjin-unit'),
    );
    assert.equal(mine.invitation.bindingName.includes('住房和城乡建设局'), true);
    fails(
      await admin('invites.create', { role: 'unit_staff', unitId: '510118-jyj', name: '孙老师' }, 'demo-xinjin-unit'),
      'FORBIDDEN',
      /本单位/,
    );
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [villages[0]], name: '孙老师' }, 'demo-xinjin-unit'), 'FORBIDDEN');
    fails(await admin('invites.create', { role: 'county_admin', name: '孙老师' }, 'demo-xinjin-unit'), 'FORBIDDEN');
    // The lead sees their own invitations, not the county's.
    const list = ok(await admin<Res<'admin', 'invites.list'>>('invites.list', {}, 'demo-xinjin-unit'));
    assert.deepEqual(
      list.items.map((i) => i.id),
      [mine.invitation.id],
    );
    const me = ok(await account<Res<'account', 'me'>>('me', {}, 'demo-xinjin-unit'));
    assert.deepEqual(
      me.entries.map((e) => e.key),
      ['queue', 'publish', 'responses', 'invites'],
    );
    ok(await account('invites.accept', { code: mine.invitation.code }, 'wx-new-staff-01'));
    const staff = (await cloud.store.getAccount('wx-new-staff-01'))!;
    assert.equal(staff.unitId, '510118-zjj');
    assert.equal(staff.lead, undefined);
  });

  it('a reviewer invites cadres of villages in their town only', async () => {
    ok(await admin('invites.create', { role: 'cadre', regionCodes: [villages[2]], name: '周干部' }, 'demo-xinjin-reviewer'));
    fails(
      await admin('invites.create', { role: 'cadre', regionCodes: [otherTownVillage], name: '周干部' }, 'demo-xinjin-reviewer'),
      'FORBIDDEN',
    );
    fails(await admin('invites.create', { role: 'reviewer', regionCodes: [town], name: '周干部' }, 'demo-xinjin-reviewer'), 'FORBIDDEN');
  });

  it('the admin of one county cannot invite into another', async () => {
    fails(await admin('invites.create', { role: 'cadre', regionCodes: ['510822100001'], name: '吴某某' }), 'FORBIDDEN');
    fails(await admin('invites.create', { role: 'unit_staff', unitId: '510822-zjj', name: '吴某某' }), 'FORBIDDEN');
  });

  it('bad input is INVALID_INPUT in Chinese and changes nothing', async () => {
    const before = (await auditActions()).length;
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [], name: '王五' }), 'INVALID_INPUT', /村/);
    fails(await admin('invites.create', { role: 'cadre', regionCodes: ['510118999999'], name: '王五' }), 'INVALID_INPUT');
    fails(await admin('invites.create', { role: 'mayor', name: '王五' }), 'INVALID_INPUT', /角色/);
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [villages[0]], name: '' }), 'INVALID_INPUT', /姓名/);
    fails(await admin('invites.create', { role: 'unit_staff', unitId: '510118-nope', name: '王五' }), 'INVALID_INPUT', /单位/);
    fails(await admin('invites.create', { role: 'cadre', regionCodes: [villages[0]], name: '王五', lead: true }), 'INVALID_INPUT');
    fails(await admin('people.update', { openid: 'demo-xinjin-cadre', regionCodes: ['12'] }), 'INVALID_INPUT');
    assert.equal((await auditActions()).length, before);
  });
});

describe('the county manages its people', () => {
  it('lists the county’s accounts, paged', async () => {
    const first = ok(await admin<Res<'admin', 'people.list'>>('people.list', {}));
    assert.ok(first.items.length <= 20);
    const second = first.next ? ok(await admin<Res<'admin', 'people.list'>>('people.list', { cursor: first.next })) : { items: [] };
    if (first.next) assert.equal(first.items.length, 20);
    assert.ok(
      second.items.every((p) => !first.items.some((q) => q.openid === p.openid)),
      'pages do not overlap',
    );
    const all = [...first.items, ...second.items];
    assert.ok(all.every((p) => !p.openid.startsWith('demo-qingchuan')));
    assert.ok(all.some((p) => p.openid === 'demo-xinjin-cadre' && p.roleName === '驻村干部'));
    fails(await admin('people.list', {}, 'demo-xinjin-opengov'), 'FORBIDDEN');
  });

  it('re-binds a cadre to another village; it counts from the next call; audited', async () => {
    const who = 'wx-new-cadre-0001';
    const moved = ok(await admin<Res<'admin', 'people.update'>>('people.update', { openid: who, regionCodes: [villages[2]] }));
    assert.deepEqual(moved.regionCodes, [villages[2]]);
    fails(await draft(who, villages[0]), 'FORBIDDEN');
    ok(await draft(who, villages[2]));
    const entry = (await auditActions()).find((e) => e.action === 'people.update' && e.target === `account:${who}`)!;
    assert.deepEqual((entry.before as { regionCodes: string[] }).regionCodes, villages.slice(0, 2));
    assert.deepEqual((entry.after as { regionCodes: string[] }).regionCodes, [villages[2]]);
    // Not wider than the admin holds.
    fails(await admin('people.update', { openid: who, regionCodes: [otherTownVillage.replace(/^510118/, '510822')] }), 'INVALID_INPUT');
    fails(await admin('people.update', { openid: 'demo-qingchuan-cadre', regionCodes: [villages[0]] }), 'NOT_FOUND');
  });

  it('a deactivated person is refused on their next call, and audited', async () => {
    const who = 'wx-new-cadre-0001';
    ok(await draft(who, villages[2]));
    const off = ok(await admin<Res<'admin', 'people.deactivate'>>('people.deactivate', { openid: who }));
    assert.equal(off.active, false);
    fails(await draft(who, villages[2]), 'FORBIDDEN');
    const me = ok(await account<Res<'account', 'me'>>('me', {}, who));
    assert.equal(me.account, null);
    assert.ok((await auditActions()).some((e) => e.action === 'people.deactivate' && e.target === `account:${who}`));
    fails(await admin('people.deactivate', { openid: 'demo-xinjin-admin' }), 'FORBIDDEN', /自己/);
    // A deactivated unit lead cannot invite either.
    ok(await admin('people.deactivate', { openid: 'demo-xinjin-unit' }));
    fails(await admin('invites.create', { role: 'unit_staff', unitId: '510118-zjj', name: '钱同事' }, 'demo-xinjin-unit'), 'FORBIDDEN');
  });
});
