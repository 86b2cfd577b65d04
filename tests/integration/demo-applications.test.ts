// The demo after a fresh seed (what `npm start` shows): 依申请公开 in every state, so the
// 住建局's demo login sees a real queue (with the applicant's full ID, as the handling body
// must), the county's oversight sees every one masked, and the demo resident follows theirs.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import type { ApplicationDetail, ApplicationSummary } from '../../core/api/application-views';

let cloud: TestCloud;
const cookies = new Map<string, string>();
async function call<T>(fn: string, openid: string, action: string, data: unknown = {}): Promise<T> {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return ok(await cloud.call<T>(fn, action, data, cookies.get(openid)!));
}
type Page = { items: ApplicationSummary[] };
const RESIDENT = 'demo-xinjin-resident';

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

describe('the demo shows 依申请公开 in every state', () => {
  it('the 住建局’s queue holds 待登记, 办理中, 待补正 and an extended one, soonest deadline first, the applicant’s ID in full', async () => {
    const queue = await call<Page>('unit', 'demo-xinjin-unit', 'applications.queue');
    const names = new Set(queue.items.map((a) => a.statusName));
    for (const s of ['待登记', '办理中', '待补正', '已办结']) assert.ok(names.has(s), `${s} in ${[...names].join('、')}`);
    assert.ok(queue.items.some((a) => a.extended && a.status === 'registered'));
    const running = queue.items.filter((a) => a.status === 'submitted' || a.status === 'registered');
    assert.deepEqual(
      running.map((a) => a.deadline.due),
      [...running.map((a) => a.deadline.due)].sort(),
    );
    const d = await call<ApplicationDetail>('unit', 'demo-xinjin-unit', 'applications.get', { id: queue.items[0].id });
    assert.match(d.applicant.idNumber, /^\d{17}[\dX]$/);
    assert.equal(d.applicant.name, '张秀兰');
  });

  it('the county sees all seven, masked, and cannot act on them', async () => {
    const all = await call<Page>('unit', 'demo-xinjin-admin', 'applications.queue');
    assert.equal(all.items.length, 7);
    const d = await call<ApplicationDetail>('unit', 'demo-xinjin-admin', 'applications.get', { id: all.items[0].id });
    assert.match(d.applicant.idNumber, /\*/);
    assert.equal(d.applicant.name, '张**');
    assert.deepEqual(d.can, []);
  });

  it('the resident follows theirs: 不予公开 names its legal reason, 部分公开 is rated, the ID masked', async () => {
    const mine = await call<Page>('resident', RESIDENT, 'applications.mine');
    assert.equal(mine.items.length, 7);
    const outcomes = mine.items.map((a) => a.outcome).filter(Boolean);
    assert.deepEqual(new Set(outcomes), new Set(['予以公开', '不予公开', '部分公开']));
    const withheld = await call<ApplicationDetail>('resident', RESIDENT, 'applications.get', {
      id: mine.items.find((a) => a.outcome === '不予公开')!.id,
    });
    assert.equal(withheld.answer?.reason, '个人隐私');
    assert.equal(withheld.answer?.basis, '《政府信息公开条例》第十五条');
    assert.match(withheld.applicant.idNumber, /^\d{6}\*+\d{3}[\dX]$/);
    const rated = await call<ApplicationDetail>('resident', RESIDENT, 'applications.get', {
      id: mine.items.find((a) => a.outcome === '部分公开')!.id,
    });
    assert.equal(rated.rating?.score, 4);
    assert.deepEqual(
      rated.timeline.map((e) => e.actionName),
      ['提交申请', '登记', '要求补正', '补正', '答复', '评价'],
    );
    const waiting = mine.items.find((a) => a.status === 'supplementing')!;
    assert.ok(waiting.paused);
    assert.deepEqual((await call<ApplicationDetail>('resident', RESIDENT, 'applications.get', { id: waiting.id })).can, ['supply']);
  });
});
