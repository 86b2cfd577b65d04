// Every H5 page with demo data behind it, as the account that would open it: the resident's
// lookup and complaint pages, and the staff pages as the demo unit, cadre, reviewer and admin.
// Shared by the accessibility e2e (axe-core) and the care-mode bench figure, so both walk the
// same pages. Ids come from the local cloud's own answers, the way the pages get them.
import assert from 'node:assert/strict';
import type { Res } from '../../core/api/contracts';
import { ok, type TestCloud } from '../helpers/local-cloud';
import { appPages } from '../helpers/app-pages';
import { makeIdNumber } from '../../core/privacy/mask';

export interface Stop {
  /** What follows `#` in the H5 address. */
  url: string;
  /** The page path, as Taro's page element id starts. */
  path: string;
  /** Who opens it and what it is, for messages. */
  what: string;
  /** A button (its name) that opens a picker to check as well. */
  picker?: RegExp;
}

export interface Leg {
  openid: string;
  stops: Stop[];
}

const stop = (page: string, what: string, query: Record<string, string> = {}, picker?: RegExp): Stop => {
  const qs = new URLSearchParams(query).toString();
  return { url: `/${page}${qs ? `?${qs}` : ''}`, path: `/${page}`, what, ...(picker ? { picker } : {}) };
};

/** The demo resident's pages: lookup (main package) and 监督 (packages/complaint). */
export async function residentLeg(cloud: TestCloud, openid = 'demo-xinjin-resident'): Promise<Leg> {
  const me = await cloud.store.getAccount(openid);
  assert.ok(me, `演示账号不存在：${openid}`);
  const village = me.regionCodes[0];
  const cookie = await cloud.login(openid);
  // A 危房改造 list has a publicity table: the widest markup a resident meets.
  const domain = 'rural_housing_renovation';
  const list = ok(await cloud.call<Res<'public', 'disclosures.list'>>('public', 'disclosures.list', { regionCode: village, domain }));
  const disclosure = list.items.find((d) => d.publicity) ?? list.items[0];
  assert.ok(disclosure, '演示村应有危房改造的公开信息');
  // 生成分享图片 draws a card for a 公示 in its period.
  const running = list.items.find((d) => d.publicity?.state === '公示中') ?? disclosure;
  const mine = ok(await cloud.call<Res<'resident', 'complaints.mine'>>('resident', 'complaints.mine', {}, cookie));
  assert.ok(mine.items.length > 0, '演示村民应有诉求');
  // 依申请公开: the resident applies to the 住建局 once (a retry of the same request is the same one).
  const housing = `${village.slice(0, 6)}-zjj`;
  const applied = ok(
    await cloud.call<Res<'resident', 'applications.submit'>>(
      'resident',
      'applications.submit',
      {
        requestId: 'tour-apply-0001',
        unitId: housing,
        description: '本村2026年农村危房改造补助资金的拨付文件',
        delivery: '在线',
        name: '张秀兰',
        idNumber: makeIdNumber(village.slice(0, 6), '19800315', '123'),
        phone: '13800001234',
      },
      cookie,
    ),
  );
  return {
    openid,
    stops: [
      stop('pages/index/index', '首页'),
      stop('pages/village/index', '村页面', { code: village }),
      stop('pages/domain/index', '领域页面', { code: village, domain }),
      stop('pages/item/index', '事项页面', { id: disclosure.itemId, code: village }),
      stop('pages/disclosure/index', '公开信息页面', { id: disclosure.id }),
      stop('pages/search/index', '搜索页面', { q: '修房子' }),
      stop('packages/complaint/pages/new/index', '我要监督', { code: village, domain }),
      stop('packages/complaint/pages/mine/index', '我的监督'),
      stop('packages/complaint/pages/detail/index', '诉求进度', { id: mine.items[0].id }),
      stop('packages/track/pages/lookup/index', '查询办理进度'),
      stop('packages/share/pages/card/index', '公示分享图片', { id: running.id }),
      stop('packages/apply/pages/new/index', '申请信息公开', { code: village, unitId: housing }),
      stop('packages/apply/pages/mine/index', '我的申请'),
      stop('packages/apply/pages/detail/index', '申请详情', { id: applied.id }),
      stop('pages/notfound/index', '页面不存在'),
    ],
  };
}

/** The staff pages, each as the demo account whose role opens it. */
export async function staffLegs(cloud: TestCloud): Promise<Leg[]> {
  const as = async (openid: string) => cloud.login(openid);
  const unit = await as('demo-xinjin-unit');
  const queue = ok(await cloud.call<Res<'unit', 'queue.list'>>('unit', 'queue.list', {}, unit));
  assert.ok(queue.items.length > 0, '演示单位应有待办诉求');
  // The resident's leg applies to this unit first (residentLeg); its queue then has one.
  const applications = ok(await cloud.call<Res<'unit', 'applications.queue'>>('unit', 'applications.queue', {}, unit));
  // The demo has no draft waiting: the cadre submits one with a table, for 预览 and 审核详情.
  const cadreId = 'demo-xinjin-cadre';
  const cadre = await as(cadreId);
  const { today } = ok(await cloud.call<Res<'publish', 'targets.mine'>>('publish', 'targets.mine', {}, cadre));
  const village = (await cloud.store.getAccount(cadreId))!.regionCodes[0];
  const items = await cloud.store.listCatalogItems(village.slice(0, 6), 'rural_housing_renovation');
  const item = items.find((i) => i.levels.includes('village'));
  assert.ok(item, '演示县应有村级危房改造事项');
  const saved = ok(
    await cloud.call<Res<'publish', 'drafts.save'>>(
      'publish',
      'drafts.save',
      {
        requestId: 'tour-draft-0001',
        regionCode: village,
        itemId: item.id,
        title: '农村危房改造补助对象公示',
        body: '经村民代表评议，拟补助对象如下，请监督。',
        table: { columns: ['序号', '户主姓名', '等级', '补助金额'], rows: [['1', '张三', 'C级', '15000']] },
        // 信息形成: the function's today (an event-driven item needs the date to submit).
        formedOn: today,
      },
      cadre,
    ),
  );
  const submitted = ok(
    await cloud.call<Res<'publish', 'drafts.submit'>>(
      'publish',
      'drafts.submit',
      { id: saved.draft.id, version: saved.draft.version },
      cadre,
    ),
  );
  return [
    {
      openid: 'demo-xinjin-unit',
      stops: [
        stop('packages/unit/pages/queue/index', '单位：诉求办理'),
        stop('packages/unit/pages/detail/index', '单位：诉求详情', { id: queue.items[0].id }),
        stop('packages/unit/pages/responses/index', '单位：回应关切'),
        stop('packages/unit/pages/applications/index', '单位：信息公开申请'),
        ...(applications.items[0]
          ? [stop('packages/unit/pages/application/index', '单位：申请详情', { id: applications.items[0].id })]
          : []),
      ],
    },
    {
      openid: cadreId,
      stops: [
        stop('packages/cadre/pages/home/index', '干部：村务公示'),
        stop('packages/cadre/pages/edit/index', '干部：新建公示', {}, /公示开始日期/),
        stop('packages/cadre/pages/preview/index', '干部：预览', { id: saved.draft.id }),
        stop('packages/cadre/pages/file-for/index', '干部：代群众登记诉求'),
      ],
    },
    {
      openid: 'demo-xinjin-reviewer',
      stops: [
        stop('packages/cadre/pages/review/index', '审核：公示审核'),
        stop('packages/cadre/pages/review-detail/index', '审核：审核详情', { id: submitted.id }),
      ],
    },
    {
      openid: 'demo-xinjin-admin',
      stops: [
        stop('packages/admin/pages/calendar/index', '管理：节假日安排'),
        stop('packages/admin/pages/people/index', '管理：人员'),
        stop('packages/admin/pages/invites/index', '管理：邀请'),
        stop('packages/admin/pages/accept/index', '管理：接受邀请'),
        stop('packages/admin/pages/units/index', '管理：单位'),
        stop('packages/admin/pages/routes/index', '管理：分办规则'),
        stop('packages/admin/pages/audit/index', '管理：操作记录'),
        stop('packages/admin/pages/stats/index', '管理：统计'),
        stop('packages/admin/pages/report/index', '管理：月报'),
        stop('packages/admin/pages/partners/index', '管理：对接系统'),
        stop('packages/admin/pages/privacy/index', '管理：名单核查'),
        stop('packages/admin/pages/reviewers/index', '管理：审核设置'),
        stop('packages/admin/pages/due/index', '管理：到期未公开'),
        stop('packages/admin/pages/catalog/index', '管理：公开目录'),
        stop('packages/admin/pages/catalog-item/index', '管理：编辑事项', { id: item.id }),
        stop('packages/admin/pages/hotline/index', '管理：12345热线对接'),
        // Already open in the demo: the page offers the button and answers 本县已经开通.
        stop('packages/admin/pages/setup/index', '管理：开通本县'),
      ],
    },
  ];
}

/** Pages the app declares that no leg visits (a new page must join a leg). */
export function unvisited(legs: Leg[]): string[] {
  const seen = new Set(legs.flatMap((l) => l.stops.map((s) => s.path.slice(1))));
  return appPages().filter((p) => !seen.has(p));
}
