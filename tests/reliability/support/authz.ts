// The authorization matrix: every caller × every action of every function × own and others'
// resources (another county's, another unit's, another person's complaint, draft, disclosure),
// the expected answer computed from the role policy: who may act at all (the services' role
// checks and the complaint lifecycle's TRANSITIONS roles) and whose resource it is (owner,
// unit, town or county). A cell passes when a refusal (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED)
// comes exactly where the policy refuses; anything else the handler answers (ok, or CONFLICT
// and the like, which come only after the caller was let in) counts as allowed. A refused cell
// must not write. Every cell runs isolated: its writes are undone before the next.
import type { Account } from '../../../core/accounts/account';
import { CONTRACTS } from '../../../core/api/contracts';
import { TRANSITIONS } from '../../../core/complaints/lifecycle';
import type { Complaint, ComplaintAction } from '../../../core/complaints/model';
import type { Draft } from '../../../core/publicity/model';
import type { Application } from '../../../core/applications/model';
import { FIXTURE_2027 } from '../../fixtures/calendar-2027';
import { CALLER_NAMES, type Answer, type CallerName, type World } from './world';

type Outcome = 'allow' | 'deny';
const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];
const PAST_THE_DOOR = ['CONFLICT', 'RATE_LIMITED', 'CONTENT_REJECTED'];
const K = ['xinjin', 'qingchuan'] as const;
const countyOfK = { xinjin: '510118', qingchuan: '510822' } as const;

interface Target {
  label: string;
  data: (w: World, cell: number) => unknown;
  /** The policy: may this caller do it? */
  allow: (c: CallerName, a: Account | undefined, w: World) => boolean;
}
interface Spec {
  fn: keyof typeof CONTRACTS;
  action: string;
  targets: Target[];
  /** Why a refusal of this action writes by design (a stored failure count); it writes nothing else. */
  refusalCounts?: string;
}

export interface Violation {
  fn: string;
  action: string;
  target: string;
  caller: CallerName;
  expected: Outcome;
  answer: string;
}

const anyone = () => true;
const signedIn = (c: CallerName) => c !== 'anonymous';
const hasRole =
  (...roles: string[]) =>
  (_c: CallerName, a: Account | undefined) =>
    Boolean(a && roles.includes(a.role));

/** Unit scope: the unit's own staff (a complaint not held), or the county's 政务公开办 admin. */
function unitScope(a: Account | undefined, c: Complaint): boolean {
  if (a?.role === 'unit_staff') return a.unitId === c.unitId && c.status !== 'held';
  if (a?.role === 'county_admin') return a.regionCodes[0] === c.countyCode;
  return false;
}
/** A lifecycle action: in scope and the role is one TRANSITIONS names for it. */
const lifecycle = (action: ComplaintAction) => (a: Account | undefined, c: Complaint) =>
  unitScope(a, c) && (TRANSITIONS[action].roles as string[]).includes(a!.role);

/** The 政务公开办: the county admin, or the staff of the county's `<county>-zwgk` unit. */
const opengovOf = (a: Account | undefined): string | null =>
  a?.role === 'county_admin'
    ? (a.regionCodes[0] ?? null)
    : a?.role === 'unit_staff' && a.unitId?.endsWith('-zwgk')
      ? a.unitId.slice(0, 6)
      : null;

/**
 * A reviewer of the draft's town (town reviewer) or county (county reviewer). The drafts here
 * are village ones, which the town reviews (core/publicity/reviewers.ts); the 政务公开办
 * reviews county items only, so it has a review list but no say over these.
 */
function reviewScope(a: Account | undefined, d: Draft): boolean {
  const code = a?.role === 'reviewer' ? a.regionCodes[0] : undefined;
  if (!code) return false;
  return code.length === 9 ? d.townCode === code : code.length === 6 && d.countyCode === code;
}

const perComplaint = (
  allow: (a: Account | undefined, c: Complaint, name: CallerName) => boolean,
  data: (c: Complaint, w: World) => object,
) =>
  K.map<Target>((k) => ({
    label: `${k} complaint`,
    data: (w) => data(w.res.complaint[k], w),
    allow: (name, a, w) => allow(a, w.res.complaint[k], name),
  }));
const perDraft = (
  which: Array<'pending' | 'published'>,
  allow: (a: Account | undefined, d: Draft, name: CallerName) => boolean,
  data: (d: Draft, w: World, cell: number) => object = (d) => ({ id: d.id }),
) =>
  which.flatMap((kind) =>
    K.map<Target>((k) => ({
      label: `${k} ${kind} draft`,
      data: (w, cell) => data(w.res[kind][k], w, cell),
      allow: (name, a, w) => allow(a, w.res[kind][k], name),
    })),
  );
const one = (allow: Target['allow'], data: Target['data'] = () => ({})): Target[] => [{ label: '-', data, allow }];

const ownerOf = (name: CallerName, c: Complaint) => name !== 'anonymous' && name !== 'stranger' && `demo-${name}` === c.ownerOpenid;
const authorOf = (a: Account | undefined, d: Draft) => a?.role === 'cadre' && a.openid === d.authorOpenid;
const village = (w: World, k: (typeof K)[number]) => w.accounts.get(`${k}-resident`)!.regionCodes[0];

const reason = '经核实需要说明情况';

export const SPECS: Spec[] = [
  // public: read-only, for everyone; a draft not yet published is no disclosure.
  { fn: 'public', action: 'regions.get', targets: one(anyone, () => ({ code: '510118' })) },
  { fn: 'public', action: 'regions.children', targets: one(anyone, () => ({ code: '510118' })) },
  { fn: 'public', action: 'regions.search', targets: one(anyone, () => ({ q: '新津' })) },
  { fn: 'public', action: 'catalog.list', targets: one(anyone, (w) => ({ regionCode: village(w, 'xinjin') })) },
  { fn: 'public', action: 'catalog.get', targets: one(anyone, (w) => ({ id: w.res.item.qingchuan })) },
  { fn: 'public', action: 'disclosures.list', targets: one(anyone, (w) => ({ regionCode: village(w, 'qingchuan') })) },
  { fn: 'public', action: 'disclosures.summary', targets: one(anyone, (w) => ({ regionCode: village(w, 'xinjin') })) },
  {
    fn: 'public',
    action: 'disclosures.get',
    targets: [...perDraft(['published'], () => true), ...perDraft(['pending'], () => false)],
  },
  {
    fn: 'public',
    action: 'disclosures.code',
    targets: [...perDraft(['published'], () => true), ...perDraft(['pending'], () => false)],
  },
  { fn: 'public', action: 'search', targets: one(anyone, () => ({ q: '危房' })) },
  // Open data and feeds: public, like the pages they mirror.
  { fn: 'public', action: 'opendata.catalog', targets: one(anyone, () => ({ countyCode: '510118', format: 'csv' })) },
  { fn: 'public', action: 'opendata.disclosures', targets: one(anyone, (w) => ({ regionCode: village(w, 'xinjin'), format: 'json' })) },
  { fn: 'public', action: 'opendata.feed', targets: one(anyone, (w) => ({ regionCode: village(w, 'qingchuan') })) },

  // resident: anyone WeChat identifies may file; a complaint is its owner's alone.
  {
    fn: 'resident',
    action: 'complaints.submit',
    targets: K.map((k) => ({
      label: `${k} village`,
      data: (w: World, cell: number) => ({
        requestId: `authz-cell-${cell}`,
        kind: '咨询',
        category: '其他',
        text: '请问危房改造补助什么时候发放？',
        regionCode: village(w, k),
      }),
      allow: signedIn,
    })),
  },
  { fn: 'resident', action: 'complaints.mine', targets: one(signedIn) },
  { fn: 'resident', action: 'files.prefix', targets: one(signedIn) },
  {
    fn: 'resident',
    action: 'complaints.get',
    targets: perComplaint(
      (_a, c, n) => ownerOf(n, c),
      (c) => ({ id: c.id }),
    ),
  },
  {
    fn: 'resident',
    action: 'complaints.rate',
    targets: perComplaint(
      (_a, c, n) => ownerOf(n, c),
      (c) => ({ id: c.id, score: 5 }),
    ),
  },
  {
    fn: 'resident',
    action: 'complaints.reopen',
    targets: perComplaint(
      (_a, c, n) => ownerOf(n, c),
      (c) => ({ id: c.id, reason }),
    ),
  },

  // unit: the unit's staff and the county admin, each in their scope, each action its TRANSITIONS roles.
  { fn: 'unit', action: 'queue.list', targets: one(hasRole('unit_staff', 'county_admin')) },
  { fn: 'unit', action: 'units.list', targets: one(hasRole('unit_staff', 'county_admin')) },
  { fn: 'unit', action: 'complaints.get', targets: perComplaint(unitScope, (c) => ({ id: c.id })) },
  { fn: 'unit', action: 'complaints.accept', targets: perComplaint(lifecycle('accept'), (c) => ({ id: c.id })) },
  { fn: 'unit', action: 'complaints.return', targets: perComplaint(lifecycle('return'), (c) => ({ id: c.id, reason })) },
  { fn: 'unit', action: 'complaints.start', targets: perComplaint(lifecycle('start'), (c) => ({ id: c.id })) },
  { fn: 'unit', action: 'complaints.extend', targets: perComplaint(lifecycle('extend'), (c) => ({ id: c.id, days: 5, reason })) },
  {
    fn: 'unit',
    action: 'complaints.answer',
    targets: perComplaint(lifecycle('answer'), (c) => ({ id: c.id, text: '已经核实，补助将于本月发放。' })),
  },
  {
    fn: 'unit',
    action: 'complaints.transfer',
    targets: perComplaint(lifecycle('transfer'), (c, w) => ({
      id: c.id,
      unitId: w.res.otherUnit[c.countyCode === '510118' ? 'xinjin' : 'qingchuan'],
    })),
  },
  { fn: 'unit', action: 'complaints.escalate', targets: perComplaint(lifecycle('escalate'), (c) => ({ id: c.id, note: '请加快办理' })) },
  { fn: 'unit', action: 'complaints.release', targets: perComplaint(lifecycle('release'), (c) => ({ id: c.id })) },

  // cadre (and publish, the same drafting for every level): publishers are cadres and the
  // staff of units and town governments; a draft is its author's; a place must be theirs.
  { fn: 'cadre', action: 'villages.mine', targets: one(hasRole('cadre', 'unit_staff')) },
  { fn: 'cadre', action: 'drafts.mine', targets: one(hasRole('cadre', 'unit_staff')) },
  { fn: 'cadre', action: 'due.list', targets: one(hasRole('cadre', 'unit_staff')) },
  {
    fn: 'cadre',
    action: 'drafts.save',
    targets: [
      ...K.map((k) => ({
        label: `new draft in the ${k} cadre's village`,
        data: (w: World, cell: number) => ({
          requestId: `authz-cell-${cell}`,
          regionCode: w.accounts.get(`${k}-cadre`)!.regionCodes[0],
          itemId: w.res.item[k],
          title: '农村危房改造补助对象公示',
          body: '经村民代表评议，拟补助对象如下，请监督。',
        }),
        allow: (_c: CallerName, a: Account | undefined, w: World) =>
          a?.role === 'cadre' && a.regionCodes.includes(w.accounts.get(`${k}-cadre`)!.regionCodes[0]),
      })),
      ...perDraft(['pending'], authorOf, (d, _w, cell) => ({
        id: d.id,
        version: d.version,
        requestId: `authz-cell-${cell}`,
        regionCode: d.regionCode,
        itemId: d.itemId,
        title: '农村危房改造补助对象公示（修改）',
        body: '经村民代表评议，拟补助对象如下，请监督。',
      })),
    ],
  },
  {
    // The editor's live 公开时限: the same who-may-publish-what-where as a new draft.
    fn: 'cadre',
    action: 'due.preview',
    targets: K.map((k) => ({
      label: `an item in the ${k} cadre's village`,
      data: (w: World) => ({ regionCode: w.accounts.get(`${k}-cadre`)!.regionCodes[0], itemId: w.res.item[k] }),
      allow: (_c: CallerName, a: Account | undefined, w: World) =>
        a?.role === 'cadre' && a.regionCodes.includes(w.accounts.get(`${k}-cadre`)!.regionCodes[0]),
    })),
  },
  { fn: 'cadre', action: 'drafts.get', targets: perDraft(['pending', 'published'], authorOf) },
  { fn: 'cadre', action: 'drafts.preview', targets: perDraft(['pending', 'published'], authorOf) },
  { fn: 'cadre', action: 'drafts.submit', targets: perDraft(['pending'], authorOf, (d) => ({ id: d.id, version: d.version })) },

  // review: reviewers of the draft's town or county, and the county's 政务公开办.
  { fn: 'review', action: 'reviews.list', targets: one((_c, a) => a?.role === 'reviewer' || opengovOf(a) !== null) },
  { fn: 'review', action: 'due.list', targets: one((_c, a) => a?.role === 'reviewer' || opengovOf(a) !== null) },
  { fn: 'review', action: 'reviews.get', targets: perDraft(['pending', 'published'], reviewScope) },
  { fn: 'review', action: 'reviews.approve', targets: perDraft(['pending'], reviewScope, (d) => ({ id: d.id, version: d.version })) },
  {
    fn: 'review',
    action: 'reviews.reject',
    targets: perDraft(['pending'], reviewScope, (d) => ({ id: d.id, version: d.version, note: '请补充评议记录' })),
  },
  { fn: 'review', action: 'disclosures.withdraw', targets: perDraft(['published'], reviewScope, (d) => ({ id: d.id, reason })) },

  // Leak reports: the county's 政务公开办 lists and clears them; objection outcomes: the reviewer of that place.
  { fn: 'review', action: 'privacy.list', targets: one((_c, a) => opengovOf(a) !== null) },
  {
    fn: 'review',
    action: 'privacy.clear',
    targets: perDraft(
      ['published'],
      (a, d) => opengovOf(a) === d.countyCode,
      (d) => ({ id: d.id, note: '已核实，名单没有泄露个人信息' }),
    ),
  },
  {
    fn: 'review',
    action: 'objections.outcome',
    targets: perDraft(['published'], reviewScope, (d) => ({ disclosureId: d.id, upheld: false, text: '经核实，异议不成立。' })),
  },

  // 回应关切: a unit rewords the public question of its own complaint; unit staff publish responses in their county.
  {
    fn: 'unit',
    action: 'complaints.publicWording',
    targets: perComplaint(unitScope, (c) => ({ id: c.id, question: '请问危房改造补助什么时候发放？' })),
  },
  {
    fn: 'unit',
    action: 'responses.publish',
    targets: K.map((k) => ({
      label: `the ${k} resident's village`,
      data: (w: World) => ({
        regionCode: village(w, k),
        title: '关于危房改造补助发放时间的回应',
        text: '补助将在本月底前发放到户，请留意。',
      }),
      allow: (_c: CallerName, a: Account | undefined) => a?.role === 'unit_staff' && Boolean(a.unitId?.startsWith(countyOfK[k])),
    })),
  },
  { fn: 'public', action: 'responses.list', targets: one(anyone, (w) => ({ regionCode: village(w, 'xinjin') })) },
  // A unit's own public answers: its staff only (the county admin has the queue instead).
  { fn: 'unit', action: 'responses.mine', targets: one(hasRole('unit_staff')) },
  // The 政务公开办 withdraws a disclosure under a leak report, whatever level published it.
  {
    fn: 'review',
    action: 'privacy.withdraw',
    targets: perDraft(
      ['published'],
      (a, d) => opengovOf(a) === d.countyCode,
      (d) => ({ id: d.id, reason: '名单含有未遮蔽的个人信息' }),
    ),
  },

  // admin: a county's 政务公开办 administrator.
  { fn: 'admin', action: 'calendar.list', targets: one(hasRole('county_admin')) },
  { fn: 'admin', action: 'calendar.get', targets: one(hasRole('county_admin'), () => ({ year: 2026 })) },
  { fn: 'admin', action: 'calendar.put', targets: one(hasRole('county_admin'), () => FIXTURE_2027) },
  { fn: 'admin', action: 'audit.list', targets: one(hasRole('county_admin')) },
  { fn: 'admin', action: 'audit.export', targets: one(hasRole('county_admin')) },
  // The 12345 hand-off: each county admin reads and sets their own county's bridge only.
  { fn: 'admin', action: 'hotline.get', targets: one(hasRole('county_admin')) },
  {
    fn: 'admin',
    action: 'hotline.put',
    targets: one(hasRole('county_admin'), () => ({ enabled: false, endpoint: '', kinds: ['投诉举报'], categories: [] })),
  },
  // 开通本县: only a county admin gets past the door (the demo counties answer CONFLICT: already open).
  { fn: 'admin', action: 'county.setup', targets: one(hasRole('county_admin')) },
  { fn: 'admin', action: 'people.list', targets: one(hasRole('county_admin')) },
  ...K.map<Spec>((k) => ({
    fn: 'admin',
    action: 'people.update',
    targets: [
      {
        label: `${k} cadre`,
        data: (w) => ({ openid: w.accounts.get(`${k}-cadre`)!.openid, name: '改名的驻村干部' }),
        allow: (_c, a) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
      },
    ],
  })),
  ...K.map<Spec>((k) => ({
    fn: 'admin',
    action: 'people.deactivate',
    targets: [
      {
        label: `${k} cadre`,
        data: (w) => ({ openid: w.accounts.get(`${k}-cadre`)!.openid }),
        allow: (_c, a) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
      },
    ],
  })),
  // Invitations: a county admin in its county; a reviewer for cadres of its own villages; a
  // unit's lead for its own unit (the demo staff are not leads). An unknown invitation is
  // nobody's to see or revoke.
  {
    fn: 'admin',
    action: 'invites.create',
    targets: K.map((k) => ({
      label: `cadre for the ${k} resident's village`,
      data: (w: World) => ({ role: 'cadre', regionCodes: [village(w, k)], name: '新来的驻村干部' }),
      allow: (_c: CallerName, a: Account | undefined, w: World) =>
        (a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k]) ||
        (a?.role === 'reviewer' && village(w, k).startsWith(a.regionCodes[0] ?? '-')),
    })),
  },
  {
    fn: 'admin',
    action: 'invites.list',
    targets: one((_c, a) => a?.role === 'county_admin' || a?.role === 'reviewer' || Boolean(a?.role === 'unit_staff' && a.lead)),
  },
  {
    fn: 'admin',
    action: 'invites.qr',
    targets: one(
      () => false,
      () => ({ id: 'no-such-invitation' }),
    ),
  },
  {
    fn: 'admin',
    action: 'invites.revoke',
    targets: one(
      () => false,
      () => ({ id: 'no-such-invitation' }),
    ),
  },
  { fn: 'admin', action: 'units.list', targets: one(hasRole('county_admin')) },
  ...K.map<Spec>((k) => ({
    fn: 'admin',
    action: 'units.update',
    targets: [
      {
        label: `a ${k} unit`,
        data: (w) => ({ id: w.res.otherUnit[k], phone: '028-82512345' }),
        allow: (_c, a) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
      },
    ],
  })),
  { fn: 'admin', action: 'routes.list', targets: one(hasRole('county_admin')) },
  ...K.map<Spec>((k) => ({
    fn: 'admin',
    action: 'routes.put',
    targets: [
      {
        label: `a route to a ${k} unit`,
        data: (w) => ({ domain: 'rural_housing_renovation', category: '其他', unitId: w.res.otherUnit[k] }),
        allow: (_c, a) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
      },
    ],
  })),
  {
    fn: 'admin',
    action: 'routes.delete',
    targets: one(
      () => false,
      () => ({ id: 'no-such-route' }),
    ),
  },
  ...K.map<Spec>((k) => ({
    fn: 'admin',
    action: 'routes.preview',
    targets: [
      {
        label: `a ${k} village`,
        data: (w) => ({ regionCode: village(w, k), domain: 'rural_housing_renovation', category: '其他', kind: '咨询' }),
        allow: (_c, a) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
      },
    ],
  })),

  // The catalog (动态调整) and the 考核 figures: the county admin of that county.
  ...(['catalog.update', 'catalog.retire', 'catalog.history'] as const).map<Spec>((action) => ({
    fn: 'admin',
    action,
    targets: K.map((k) => ({
      label: `a ${k} item`,
      data: (w: World) =>
        action === 'catalog.update'
          ? { itemId: w.res.item[k], summary: '这里公开村里危房改造的补助对象和标准，群众可以核对。' }
          : { itemId: w.res.item[k] },
      allow: (_c: CallerName, a: Account | undefined) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
    })),
  })),
  {
    fn: 'admin',
    action: 'catalog.add',
    targets: K.map((k) => ({
      label: `a ${k} item`,
      data: (w: World) => ({
        domain: 'rural_housing_renovation',
        level1: '农村危房改造',
        level2: '本县自定事项：危房改造进度',
        summary: '这里公开本县危房改造进度，群众可以了解自家申请办到哪一步。',
        contents: ['改造进度'],
        basis: ['《四川省农村危房改造实施办法》'],
        timeLimit: { trigger: '信息形成', days: 20, dayKind: 'working' },
        updateCycle: { unit: 'month', every: 3, text: '每季度' },
        channels: ['政府网站'],
        unitId: w.res.otherUnit[k],
        responsiblePerson: { name: '王明', post: '股长' },
        audience: '全社会',
        mode: '主动',
        levels: ['county'],
      }),
      allow: (_c: CallerName, a: Account | undefined) => a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k],
    })),
  },
  // Open311 partner systems: the county admin; another county's (here: none such) is nobody's.
  { fn: 'admin', action: 'partners.create', targets: one(hasRole('county_admin'), () => ({ name: '网格化服务管理平台' })) },
  { fn: 'admin', action: 'partners.list', targets: one(hasRole('county_admin')) },
  {
    fn: 'admin',
    action: 'partners.revoke',
    targets: one(
      () => false,
      () => ({ id: 'no-such-partner' }),
    ),
  },
  { fn: 'admin', action: 'stats.dashboard', targets: one(hasRole('county_admin'), () => ({ period: '2026-11' })) },
  { fn: 'admin', action: 'stats.export', targets: one(hasRole('county_admin'), () => ({ period: '2026-11' })) },
  { fn: 'admin', action: 'stats.trend', targets: one(hasRole('county_admin'), () => ({ period: '2026-11' })) },
  { fn: 'admin', action: 'stats.report', targets: one(hasRole('county_admin'), () => ({ period: '2026-11' })) },
  // Publishing across the county: its due list and who reviews each level.
  { fn: 'admin', action: 'due.list', targets: one(hasRole('county_admin'), () => ({ level: 'county' })) },
  { fn: 'admin', action: 'reviewers.get', targets: one(hasRole('county_admin')) },
  { fn: 'admin', action: 'reviewers.put', targets: one(hasRole('county_admin'), () => ({ village: 'county_reviewer' })) },
  { fn: 'public', action: 'stats.public', targets: one(anyone, () => ({ countyCode: '510118', period: '2026-11' })) },
  { fn: 'admin', action: 'stats.rebuild', targets: one(hasRole('county_admin')) },
  { fn: 'admin', action: 'catalog.list', targets: one(hasRole('county_admin'), () => ({ domain: 'rural_housing_renovation' })) },
  {
    fn: 'admin',
    action: 'catalog.addDomain',
    targets: one(hasRole('county_admin'), (_w, cell) => ({
      name: `本县自定领域${cell}`,
      summary: '这里公开本县自己确定的公开事项，群众可以据此监督。',
    })),
  },

  // account: who am I, for anyone WeChat identifies; an unknown invitation code is refused.
  { fn: 'account', action: 'me', targets: one(signedIn) },
  {
    fn: 'account',
    action: 'invites.accept',
    targets: one(
      () => false,
      () => ({ code: 'ZZZZZZZZ' }),
    ),
  },
];

// 依申请公开: an application is its applicant's alone; the body it was sent to handles it;
// the county 政务公开办 (its admin) reads its county's; nobody else learns it exists.
const perApplication = (
  allow: (a: Account | undefined, x: Application, name: CallerName) => boolean,
  data: (x: Application) => object = (x) => ({ id: x.id }),
) =>
  K.map<Target>((k) => ({
    label: `${k} application`,
    data: (w) => data(w.res.application[k]),
    allow: (name, a, w) => allow(a, w.res.application[k], name),
  }));
const applicantOf = (name: CallerName, x: Application) => name !== 'anonymous' && name !== 'stranger' && `demo-${name}` === x.ownerOpenid;
const handles = (a: Account | undefined, x: Application) => a?.role === 'unit_staff' && a.unitId === x.unitId;
SPECS.push(
  { fn: 'resident', action: 'applications.bodies', targets: one(signedIn, (w) => ({ regionCode: village(w, 'qingchuan') })) },
  {
    fn: 'resident',
    action: 'applications.submit',
    targets: K.map((k) => ({
      label: `${k} unit`,
      data: (w: World, cell: number) => ({
        requestId: `authz-app-cell-${cell}`,
        unitId: w.res.application[k].unitId,
        description: '本村危房改造补助资金拨付文件',
        delivery: '在线',
        name: '李四',
        idNumber: '510118198003151230',
        phone: '13800001234',
      }),
      allow: signedIn,
    })),
  },
  { fn: 'resident', action: 'applications.mine', targets: one(signedIn) },
  { fn: 'resident', action: 'applications.unread', targets: one(signedIn) },
  { fn: 'resident', action: 'applications.get', targets: perApplication((_a, x, n) => applicantOf(n, x)) },
  {
    fn: 'resident',
    action: 'applications.supply',
    targets: perApplication(
      (_a, x, n) => applicantOf(n, x),
      (x) => ({ id: x.id, text: '补充说明批次' }),
    ),
  },
  {
    fn: 'resident',
    action: 'applications.rate',
    targets: perApplication(
      (_a, x, n) => applicantOf(n, x),
      (x) => ({ id: x.id, score: 5 }),
    ),
  },
  { fn: 'unit', action: 'applications.queue', targets: one(hasRole('unit_staff', 'county_admin')) },
  {
    fn: 'unit',
    action: 'applications.get',
    targets: perApplication((a, x) => handles(a, x) || (a?.role === 'county_admin' && a.regionCodes[0] === x.countyCode)),
  },
  { fn: 'unit', action: 'applications.register', targets: perApplication(handles) },
  { fn: 'unit', action: 'applications.askSupplement', targets: perApplication(handles, (x) => ({ id: x.id, missing: '请写明批次' })) },
  { fn: 'unit', action: 'applications.extend', targets: perApplication(handles, (x) => ({ id: x.id, days: 10, reason })) },
  {
    fn: 'unit',
    action: 'applications.answer',
    targets: perApplication(handles, (x) => ({ id: x.id, outcome: '无此信息', text: '经检索没有该信息。' })),
  },
);

// publish: the same drafting as cadre (one flow for every level), plus what may I publish where.
SPECS.push(
  { fn: 'publish', action: 'targets.mine', targets: one(hasRole('cadre', 'unit_staff')) },
  ...SPECS.filter((x) => x.fn === 'cadre' && x.action !== 'villages.mine').map((x) => ({ ...x, fn: 'publish' as const })),
);

// 代办 (filed for a villager: a cadre for their own villages, unit staff and the county admin in
// their county), 查询办理进度 (a wrong ticket and phone pair finds nothing, for anyone), the home
// page's unread card and the subscribe-message consent (anyone WeChat identifies).
const fileForAllowed = (k: (typeof K)[number]) => (_c: CallerName, a: Account | undefined, w: World) =>
  (a?.role === 'cadre' && a.regionCodes.includes(village(w, k))) ||
  (a?.role === 'unit_staff' && Boolean(a.unitId?.startsWith(countyOfK[k]))) ||
  (a?.role === 'county_admin' && a.regionCodes[0] === countyOfK[k]);
SPECS.push(
  ...(['cadre', 'unit'] as const).map<Spec>((fn) => ({
    fn,
    action: 'complaints.fileFor',
    targets: K.map((k) => ({
      label: `a villager of the ${k} resident's village`,
      data: (w: World, cell: number) => ({
        requestId: `authz-cell-${cell}`,
        kind: '咨询',
        category: '其他',
        text: '群众来电询问危房改造补助什么时候发放。',
        regionCode: village(w, k),
        villagerName: '张大爷',
        villagerPhone: '13800005678',
      }),
      allow: fileForAllowed(k),
    })),
  })),
  {
    fn: 'public',
    action: 'complaints.lookup',
    refusalCounts: 'failed lookups are counted per ticket and hour (the rate limit)',
    targets: perComplaint(
      () => false,
      (c) => ({ ticket: c.id, phoneLast4: '0000' }),
    ),
  },
  { fn: 'resident', action: 'complaints.unread', targets: one(signedIn) },
  { fn: 'account', action: 'subscribe.offer', targets: one(signedIn) },
  { fn: 'account', action: 'subscribe.record', targets: one(signedIn, () => ({ answers: { 'TPL-unknown': 'accept' } })) },
);

/** Actions of CONTRACTS the matrix has no row for (should be none). */
export function uncovered(): string[] {
  const have = new Set(SPECS.map((s) => `${s.fn}.${s.action}`));
  return Object.entries(CONTRACTS)
    .flatMap(([fn, c]) => Object.keys(c).map((a) => `${fn}.${a}`))
    .filter((k) => !have.has(k));
}

export interface AuthzReport {
  cells: number;
  allowed: number;
  /** How many cells answered each code ('ok' for success): shows the matrix is not all one answer. */
  answers: Record<string, number>;
  violations: Violation[];
}

export async function runAuthzMatrix(w: World): Promise<AuthzReport> {
  const violations: Violation[] = [];
  let cells = 0;
  let allowed = 0;
  const answers: Record<string, number> = {};
  for (const spec of SPECS) {
    for (const t of spec.targets) {
      for (const caller of CALLER_NAMES) {
        const cell = cells++;
        const expected: Outcome = t.allow(caller, w.accounts.get(caller), w) ? 'allow' : 'deny';
        if (expected === 'allow') allowed++;
        let answer: Answer | string;
        let wrote = false;
        try {
          answer = await w.isolated(async () => {
            const before = w.fingerprint();
            const a = (await w.call(spec.fn, { action: spec.action, data: t.data(w, cell) }, caller)) as Answer;
            wrote = w.fingerprint() !== before;
            return a;
          });
        } catch (e) {
          answer = `threw ${String(e)}`;
        }
        const code = typeof answer === 'string' ? 'threw' : answer.ok ? 'ok' : answer.code;
        answers[code] = (answers[code] ?? 0) + 1;
        // Codes a handler answers only after letting the caller in; anything else is broken.
        const observed = code === 'ok' || PAST_THE_DOOR.includes(code) ? 'allow' : REFUSALS.includes(code) ? 'deny' : 'broken';
        if (observed !== expected || (observed === 'deny' && wrote && !spec.refusalCounts)) {
          violations.push({
            fn: spec.fn,
            action: spec.action,
            target: t.label,
            caller,
            expected,
            answer:
              typeof answer === 'string'
                ? answer
                : answer.ok
                  ? 'ok'
                  : `${answer.code} ${answer.message}${observed === 'deny' && wrote ? ' (and wrote)' : ''}`,
          });
        }
      }
    }
  }
  return { cells, allowed, answers, violations };
}
