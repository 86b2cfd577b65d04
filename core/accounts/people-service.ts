// People by invitation: a grantor invites a role with its binding (core/accounts/grants.ts says
// who may grant what), the invitee accepts it in WeChat with their own openid, and the county
// 政务公开办 lists, re-binds and deactivates its people. Every change is an audit event.
// Roles take effect on the person's next call: both hosts read the account per call.
import { AppError } from '../api/errors';
import { accountCounty, activeAccount, ROLE_NAMES, type Account, type Caller } from './account';
import type { Clock, Store } from '../store';
import type { QrCodes } from '../platform/ports';
import type { Data } from '../api/contracts';
import type { InvitationView, InviteAnswer, PersonView } from '../api/contracts/admin';
import type { AcceptAnswer, Me, MeEntry } from '../api/contracts/account';
import { decodeCursor, encodeCursor } from '../api/cursor';
import { recordAudit } from '../audit';
import { grantProblem, grantorCounty, sameBinding, type Binding } from './grants';
import { INVITATION_DAYS, newInvitationCode, newInvitationId, type Invitation } from './invitation';

export interface PeopleDeps {
  store: Store;
  clock: Clock;
  qrCodes?: QrCodes;
}

const PAGE = 20;

function requireOpenid(caller: Caller): string {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  return caller.openid;
}

/** A county admin and their county. */
export function requireCountyAdmin(caller: Caller, what = '管理本县人员'): { openid: string; account: Account; countyCode: string } {
  const openid = requireOpenid(caller);
  const a = caller.account;
  if (a?.role !== 'county_admin' || a.regionCodes[0]?.length !== 6) throw new AppError('FORBIDDEN', `只有县政务公开办的管理员可以${what}`);
  return { openid, account: a, countyCode: a.regionCodes[0] };
}

function requireGrantor(caller: Caller): { openid: string; account: Account; countyCode: string } {
  const openid = requireOpenid(caller);
  const county = grantorCounty(caller.account);
  if (!caller.account || !county) throw new AppError('FORBIDDEN', '您没有邀请他人的权限');
  return { openid, account: caller.account, countyCode: county };
}

// ---- bindings: checked against the store, named in Chinese ----

/** Brings a requested binding to its canonical form, checks it exists in the county, and names it. */
async function checkBinding(store: Store, countyCode: string, b: Binding): Promise<{ binding: Binding; name: string }> {
  const regionName = async (code: string, level: 'county' | 'town' | 'village') => {
    const r = await store.getRegion(code);
    if (!r || r.level !== level || !code.startsWith(countyCode)) {
      throw new AppError(
        'INVALID_INPUT',
        level === 'village' ? '请选择本县（区）的村（社区）' : level === 'town' ? '请选择本县（区）的乡镇（街道）' : '县（区）有误',
      );
    }
    return r.name;
  };
  switch (b.role) {
    case 'cadre': {
      const villages = [...new Set(b.regionCodes)];
      if (villages.length === 0) throw new AppError('INVALID_INPUT', '请选择驻村干部负责的村（社区）');
      const names: string[] = [];
      for (const v of villages) names.push(await regionName(v, 'village'));
      return { binding: { role: 'cadre', regionCodes: villages }, name: names.join('、') };
    }
    case 'reviewer': {
      const code = b.regionCodes.length === 1 ? b.regionCodes[0] : undefined;
      if (!code || (code.length !== 9 && code.length !== 6))
        throw new AppError('INVALID_INPUT', '请为审核人选择一个乡镇（街道）或本县（区）');
      return { binding: { role: 'reviewer', regionCodes: [code] }, name: await regionName(code, code.length === 9 ? 'town' : 'county') };
    }
    case 'county_admin':
      return { binding: { role: 'county_admin', regionCodes: [countyCode] }, name: await regionName(countyCode, 'county') };
    case 'unit_staff': {
      const unit = b.unitId ? await store.getUnit(b.unitId) : null;
      if (!unit) throw new AppError('INVALID_INPUT', '没有这个单位，请从本县（区）的单位中选择');
      if (unit.countyCode !== countyCode) throw new AppError('FORBIDDEN', '只能选择本县（区）的单位');
      return {
        binding: { role: 'unit_staff', regionCodes: [countyCode], unitId: unit.id, ...(b.lead ? { lead: true } : {}) },
        name: `${unit.name}${b.lead ? '（负责人）' : ''}`,
      };
    }
  }
}

/** What an account is bound to, in Chinese (reads the regions or the unit). */
export async function bindingNameOf(store: Store, a: Pick<Account, 'role' | 'regionCodes' | 'unitId' | 'lead'>): Promise<string> {
  if (a.role === 'unit_staff') {
    const unit = a.unitId ? await store.getUnit(a.unitId) : null;
    return `${unit?.name ?? a.unitId ?? ''}${a.lead ? '（负责人）' : ''}`;
  }
  const names: string[] = [];
  for (const code of a.regionCodes) names.push((await store.getRegion(code))?.name ?? code);
  return names.join('、');
}

// ---- invitations ----

function invitationView(inv: Invitation, now: Date): InvitationView {
  const expired = inv.status === 'open' && now.toISOString() >= inv.expiresAt;
  const state = expired ? 'expired' : inv.status;
  return {
    id: inv.id,
    code: state === 'open' ? inv.code : null,
    role: inv.role,
    roleName: ROLE_NAMES[inv.role],
    regionCodes: inv.regionCodes,
    ...(inv.unitId ? { unitId: inv.unitId } : {}),
    ...(inv.lead ? { lead: true } : {}),
    name: inv.name,
    bindingName: inv.bindingName,
    createdByName: inv.createdByName,
    createdAt: inv.createdAt,
    expiresAt: inv.expiresAt,
    state,
    ...(inv.acceptedAt ? { acceptedAt: inv.acceptedAt } : {}),
  };
}

/** The audit record of an invitation leaves its code out: the code is a credential while open. */
function auditable(inv: Invitation | null) {
  if (!inv) return null;
  const { code: _code, ...rest } = inv;
  return rest;
}

function toDataUrl(img: { contentType: string; buffer: Uint8Array }): string {
  return `data:${img.contentType};base64,${Buffer.from(img.buffer).toString('base64')}`;
}

async function withQr(deps: PeopleDeps, inv: Invitation, now: Date): Promise<InviteAnswer> {
  const invitation = invitationView(inv, now);
  if (!deps.qrCodes || invitation.state !== 'open') return { invitation, qr: null };
  try {
    return { invitation, qr: toDataUrl(await deps.qrCodes.invitationCode(inv.code)) };
  } catch (e) {
    return { invitation, qr: null, qrProblem: e instanceof Error ? e.message : '生成二维码失败，可让对方输入邀请码' };
  }
}

export async function createInvitation(deps: PeopleDeps, caller: Caller, req: Data<'admin', 'invites.create'>): Promise<InviteAnswer> {
  const grantor = requireGrantor(caller);
  if (req.lead && req.role !== 'unit_staff') throw new AppError('INVALID_INPUT', '只有单位工作人员可以设为负责人');
  const asked: Binding = {
    role: req.role,
    regionCodes: req.role === 'county_admin' ? [grantor.countyCode] : (req.regionCodes ?? []),
    ...(req.unitId ? { unitId: req.unitId } : {}),
    ...(req.lead ? { lead: true } : {}),
  };
  // Refuse what the grantor may not grant before telling them anything about the binding.
  const early = grantProblem(grantor.account, asked.role === 'unit_staff' ? { ...asked, regionCodes: [] } : asked);
  if (early) throw new AppError('FORBIDDEN', early);
  const { binding, name } = await checkBinding(deps.store, grantor.countyCode, asked);
  const problem = grantProblem(grantor.account, binding);
  if (problem) throw new AppError('FORBIDDEN', problem);

  const now = deps.clock.now();
  const at = now.toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const inv: Invitation = {
      id: newInvitationId(),
      code: newInvitationCode(),
      countyCode: grantor.countyCode,
      role: binding.role,
      regionCodes: binding.regionCodes,
      ...(binding.unitId ? { unitId: binding.unitId } : {}),
      ...(binding.lead ? { lead: true } : {}),
      name: req.name,
      bindingName: name,
      createdBy: grantor.openid,
      createdByName: grantor.account.name,
      createdAt: at,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      status: 'open',
      version: 1,
    };
    if (!(await deps.store.insertInvitation(inv))) continue; // a code already taken: draw another
    await recordAudit(deps.store, now, {
      actor: grantor.openid,
      role: grantor.account.role,
      action: 'invites.create',
      target: `invitation:${inv.id}`,
      before: null,
      after: auditable(inv),
      countyCode: grantor.countyCode,
    });
    return withQr(deps, inv, now);
  }
  throw new AppError('INTERNAL', '生成邀请码失败，请重试');
}

/** The invitations a grantor may see: the county's for its admin, their own for anyone else. */
function mayManage(grantor: { openid: string; account: Account; countyCode: string }, inv: Invitation): boolean {
  if (inv.countyCode !== grantor.countyCode) return false;
  return grantor.account.role === 'county_admin' || inv.createdBy === grantor.openid;
}

export async function listInvitations(deps: PeopleDeps, caller: Caller, cursor?: string) {
  const grantor = requireGrantor(caller);
  const now = deps.clock.now();
  let after = cursor ? (decodeCursor(cursor, ['createdAt', 'id']) as { createdAt: string; id: string }) : undefined;
  const items: InvitationView[] = [];
  // Others' invitations are skipped for a lead or a reviewer: read on, at most a few pages.
  for (let pages = 0; pages < 5 && items.length <= PAGE; pages++) {
    const rows = await deps.store.listInvitations(grantor.countyCode, 100, after);
    for (const inv of rows) {
      after = { createdAt: inv.createdAt, id: inv.id };
      if (mayManage(grantor, inv)) items.push(invitationView(inv, now));
      if (items.length > PAGE) break;
    }
    if (rows.length < 100) break;
  }
  const page = items.slice(0, PAGE);
  const last = page[page.length - 1];
  return { items: page, next: items.length > PAGE && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
}

async function managedInvitation(deps: PeopleDeps, caller: Caller, id: string) {
  const grantor = requireGrantor(caller);
  const inv = await deps.store.getInvitation(id);
  if (!inv || !mayManage(grantor, inv)) throw new AppError('NOT_FOUND', '没有找到这个邀请');
  return { grantor, inv };
}

export async function invitationQr(deps: PeopleDeps, caller: Caller, id: string): Promise<InviteAnswer> {
  const { inv } = await managedInvitation(deps, caller, id);
  return withQr(deps, inv, deps.clock.now());
}

export async function revokeInvitation(deps: PeopleDeps, caller: Caller, id: string): Promise<InvitationView> {
  const { grantor, inv } = await managedInvitation(deps, caller, id);
  const now = deps.clock.now();
  if (inv.status === 'accepted') throw new AppError('CONFLICT', '这个邀请已被接受，不能撤销；如需停用请在人员管理中操作');
  if (inv.status === 'revoked') return invitationView(inv, now);
  const next: Invitation = { ...inv, status: 'revoked', revokedBy: grantor.openid, revokedAt: now.toISOString(), version: inv.version + 1 };
  if (!(await deps.store.updateInvitation(next, inv.version))) throw new AppError('CONFLICT', '邀请状态已变化，请刷新后再试');
  await recordAudit(deps.store, now, {
    actor: grantor.openid,
    role: grantor.account.role,
    action: 'invites.revoke',
    target: `invitation:${inv.id}`,
    before: auditable(inv),
    after: auditable(next),
    countyCode: grantor.countyCode,
  });
  return invitationView(next, now);
}

export async function acceptInvitation(deps: PeopleDeps, caller: Caller, code: string): Promise<AcceptAnswer> {
  const openid = requireOpenid(caller);
  const { store } = deps;
  const inv = await store.getInvitationByCode(code);
  if (!inv) throw new AppError('NOT_FOUND', '没有找到这个邀请码，请核对后再试');
  if (inv.status === 'accepted') {
    throw new AppError('CONFLICT', inv.acceptedBy === openid ? '您已接受过这个邀请' : '这个邀请码已被使用，每个邀请码只能使用一次');
  }
  if (inv.status === 'revoked') throw new AppError('FORBIDDEN', '这个邀请已被撤销，请联系邀请人重新邀请');
  const now = deps.clock.now();
  if (now.toISOString() >= inv.expiresAt) {
    throw new AppError('FORBIDDEN', `这个邀请已过期（有效期${INVITATION_DAYS}天），请联系邀请人重新邀请`);
  }
  // The stored account, deactivated or not: a deactivated person may be invited again.
  const before = await store.getAccount(openid);
  const current = activeAccount(before);
  const binding: Binding = { role: inv.role, regionCodes: inv.regionCodes, ...(inv.unitId ? { unitId: inv.unitId } : {}) };
  if (current && current.role !== 'resident' && !sameBinding(current, binding)) {
    throw new AppError(
      'CONFLICT',
      `您已是${ROLE_NAMES[current.role]}（${await bindingNameOf(store, current)}），一个微信号只能担任一个角色；如需变更请联系县政务公开办`,
    );
  }
  const at = now.toISOString();
  const claimed: Invitation = { ...inv, status: 'accepted', acceptedBy: openid, acceptedAt: at, version: inv.version + 1 };
  if (!(await store.updateInvitation(claimed, inv.version))) throw new AppError('CONFLICT', '这个邀请码已被使用，每个邀请码只能使用一次');
  const account: Account = {
    openid,
    name: inv.name,
    role: inv.role,
    regionCodes: inv.regionCodes,
    ...(inv.unitId ? { unitId: inv.unitId } : {}),
    ...(inv.lead || (current?.lead && current.unitId === inv.unitId) ? { lead: true } : {}),
    demo: before?.demo ?? false,
    invitedBy: inv.createdBy,
    invitationId: inv.id,
  };
  await store.putAccounts([account]);
  await recordAudit(store, now, {
    actor: openid,
    role: current?.role ?? 'resident',
    action: 'invites.accept',
    target: `account:${openid}`,
    before,
    after: { account, invitation: auditable(claimed) },
    countyCode: inv.countyCode,
  });
  return { account, roleName: ROLE_NAMES[account.role], bindingName: inv.bindingName };
}

// ---- people of the county ----

async function personView(store: Store, a: Account): Promise<PersonView> {
  return {
    openid: a.openid,
    name: a.name,
    role: a.role,
    roleName: ROLE_NAMES[a.role],
    regionCodes: a.regionCodes,
    ...(a.unitId ? { unitId: a.unitId } : {}),
    ...(a.lead ? { lead: true } : {}),
    bindingName: await bindingNameOf(store, a),
    active: a.active !== false,
    demo: a.demo,
  };
}

export async function listPeople(deps: PeopleDeps, caller: Caller, cursor?: string) {
  const admin = requireCountyAdmin(caller);
  const after = cursor ? (decodeCursor(cursor, ['openid']) as { openid: string }).openid : undefined;
  const rows = await deps.store.listCountyAccounts(admin.countyCode, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const items: PersonView[] = [];
  for (const a of page) items.push(await personView(deps.store, a));
  const last = page[page.length - 1];
  return { items, next: rows.length > PAGE && last ? encodeCursor({ openid: last.openid }) : null };
}

async function countyPerson(deps: PeopleDeps, caller: Caller, openid: string) {
  const admin = requireCountyAdmin(caller);
  const person = await deps.store.getAccount(openid);
  // Someone of another county is not found, never shown.
  if (!person || accountCounty(person) !== admin.countyCode) {
    throw new AppError('NOT_FOUND', '没有找到这个人员');
  }
  return { admin, person };
}

export async function updatePerson(deps: PeopleDeps, caller: Caller, req: Data<'admin', 'people.update'>): Promise<PersonView> {
  const { admin, person } = await countyPerson(deps, caller, req.openid);
  if (person.role === 'resident' && !req.role) throw new AppError('INVALID_INPUT', '居民没有可调整的绑定；请用邀请授予角色');
  if (
    req.role === undefined &&
    req.regionCodes === undefined &&
    req.unitId === undefined &&
    req.name === undefined &&
    req.lead === undefined
  ) {
    throw new AppError('INVALID_INPUT', '没有要修改的内容');
  }
  const role = req.role ?? (person.role === 'resident' ? undefined : person.role);
  if (!role) throw new AppError('INVALID_INPUT', '请选择角色');
  const roleChanged = role !== person.role;
  const lead = req.lead ?? (roleChanged ? false : Boolean(person.lead));
  if (lead && role !== 'unit_staff') throw new AppError('INVALID_INPUT', '只有单位工作人员可以设为负责人');
  const asked: Binding = {
    role,
    regionCodes: req.regionCodes ?? (roleChanged ? [] : person.regionCodes),
    ...((req.unitId ?? (roleChanged ? undefined : person.unitId)) ? { unitId: req.unitId ?? person.unitId } : {}),
    ...(lead ? { lead: true } : {}),
  };
  if (role === 'unit_staff' && !asked.unitId) throw new AppError('INVALID_INPUT', '请选择单位');
  const { binding } = await checkBinding(deps.store, admin.countyCode, asked);
  const problem = grantProblem(admin.account, binding);
  if (problem) throw new AppError('FORBIDDEN', problem);
  if (person.openid === admin.openid && binding.role !== 'county_admin') {
    throw new AppError('FORBIDDEN', '不能取消自己的管理员角色，请由另一位管理员操作');
  }
  const next: Account = {
    openid: person.openid,
    name: req.name ?? person.name,
    role: binding.role,
    regionCodes: binding.regionCodes,
    ...(binding.unitId ? { unitId: binding.unitId } : {}),
    ...(binding.lead ? { lead: true } : {}),
    demo: person.demo,
    ...(person.active === false ? { active: false as const, deactivatedAt: person.deactivatedAt } : {}),
    ...(person.invitedBy ? { invitedBy: person.invitedBy } : {}),
    ...(person.invitationId ? { invitationId: person.invitationId } : {}),
  };
  await deps.store.putAccounts([next]);
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'people.update',
    target: `account:${person.openid}`,
    before: person,
    after: next,
    countyCode: admin.countyCode,
  });
  return personView(deps.store, next);
}

export async function deactivatePerson(deps: PeopleDeps, caller: Caller, openid: string): Promise<PersonView> {
  const { admin, person } = await countyPerson(deps, caller, openid);
  if (person.openid === admin.openid) throw new AppError('FORBIDDEN', '不能停用自己的账号，请由另一位管理员操作');
  if (person.active === false) return personView(deps.store, person);
  const now = deps.clock.now();
  const next: Account = { ...person, active: false, deactivatedAt: now.toISOString() };
  await deps.store.putAccounts([next]);
  await recordAudit(deps.store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'people.deactivate',
    target: `account:${person.openid}`,
    before: person,
    after: next,
    countyCode: admin.countyCode,
  });
  return personView(deps.store, next);
}

// ---- who am I ----

const ENTRIES: Record<MeEntry['key'], Omit<MeEntry, 'key'>> = {
  setup: { title: '开通本县', path: '/packages/admin/pages/setup/index' },
  queue: { title: '诉求办理', path: '/packages/unit/pages/queue/index' },
  publish: { title: '发布公开信息', path: '/packages/cadre/pages/edit/index' },
  cadre: { title: '村务公示', path: '/packages/cadre/pages/home/index' },
  review: { title: '公示审核', path: '/packages/cadre/pages/review/index' },
  people: { title: '人员管理', path: '/packages/admin/pages/people/index' },
  invites: { title: '邀请', path: '/packages/admin/pages/invites/index' },
  units: { title: '单位与电话', path: '/packages/admin/pages/units/index' },
  routes: { title: '分派规则', path: '/packages/admin/pages/routes/index' },
  audit: { title: '操作记录', path: '/packages/admin/pages/audit/index' },
  calendar: { title: '节假日安排', path: '/packages/admin/pages/calendar/index' },
  stats: { title: '统计', path: '/packages/admin/pages/stats/index' },
  partners: { title: '对接系统（Open311）', path: '/packages/admin/pages/partners/index' },
  responses: { title: '回应关切', path: '/packages/unit/pages/responses/index' },
  privacy: { title: '名单核查', path: '/packages/admin/pages/privacy/index' },
  reviewers: { title: '审核设置', path: '/packages/admin/pages/reviewers/index' },
  due: { title: '到期未公开', path: '/packages/admin/pages/due/index' },
  catalog: { title: '公开目录', path: '/packages/admin/pages/catalog/index' },
  hotline: { title: '12345热线对接', path: '/packages/admin/pages/hotline/index' },
};

export function entriesFor(a: Account | null): MeEntry[] {
  const keys: Array<MeEntry['key']> = [];
  if (a?.role === 'cadre') keys.push('cadre');
  if (a?.role === 'reviewer') keys.push('review', 'invites');
  if (a?.role === 'unit_staff') {
    keys.push('queue', 'publish', 'responses');
    // The 政务公开办 reviews county-level items (core/publicity/reviewers.ts) and checks leak reports.
    if (a.unitId?.endsWith('-zwgk')) keys.push('review', 'privacy');
    if (a.lead) keys.push('invites');
  }
  if (a?.role === 'county_admin')
    keys.push(
      'queue',
      'review',
      'privacy',
      'due',
      'reviewers',
      'people',
      'invites',
      'units',
      'routes',
      'audit',
      'calendar',
      'stats',
      'catalog',
      'partners',
      'hotline',
    );
  return keys.map((key) => ({ key, ...ENTRIES[key] }));
}

export async function me(deps: PeopleDeps, caller: Caller): Promise<Me> {
  // As in the cloud, where only `public` serves callers WeChat did not identify.
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  const account = caller.account && caller.account.role !== 'resident' ? caller.account : null;
  return {
    openid: caller.openid,
    account: caller.account,
    roleName: ROLE_NAMES[account?.role ?? 'resident'],
    bindingName: account ? await bindingNameOf(deps.store, account) : null,
    // A county not yet set up offers its first admin one thing: 开通本县.
    entries:
      account?.role === 'county_admin' && (await deps.store.getCounty(account.regionCodes[0])) === null
        ? [{ key: 'setup', ...ENTRIES.setup }]
        : entriesFor(account),
  };
}
