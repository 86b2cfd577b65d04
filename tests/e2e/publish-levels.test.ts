// A county unit publishes a policy with its 解读 (issue 10's first journey): 区住建局's staff
// write the county 农村危房改造 policy item in the same editor cadres use, with two 问/答
// pairs, preview and submit it; the 政务公开办 approves it; a villager of the county opens it
// and reads 这份文件说了什么 first. Real H5 build, local cloud, Debian Chromium; by visible text.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Res } from '../../core/api/contracts';
import { ok } from '../helpers/local-cloud';
import { cloudSession, currentPage, press, screenshotPage } from './browser';

const UNIT = 'demo-xinjin-unit'; // 区住建局
const OPENGOV = 'demo-xinjin-admin'; // 区政务公开办 (county admin): reviews county items
const RESIDENT = 'demo-xinjin-resident';
const DOMAIN_NAME = '农村危房改造';

const TITLE = '新津区2026年农村危房改造补助标准';
const BODY = ['## 补助标准', '- 原址重建：每户补助3.5万元', '- 加固改造：每户补助1.5万元', '', '补助资金由区财政直接发放到户。'].join('\n');
const QA = [
  { q: '这份文件说了什么？', a: '家里房子是危房的，可以申请政府补助修房子，重建每户补3.5万元，加固每户补1.5万元。' },
  { q: '怎么申请？', a: '向村委会提出申请，村里评议公示后报街道审核，区住建局审批。' },
];

const session = cloudSession();
const { contextAs } = session;

test('区住建局 publishes a policy with its 解读, the 政务公开办 approves, a villager reads the 解读 first', async () => {
  const unitCookie = await session.cloud.login(UNIT);
  const mine = ok(await session.cloud.call<Res<'publish', 'targets.mine'>>('publish', 'targets.mine', {}, unitCookie));
  assert.equal(mine.publisher.kind, 'unit');
  const county = mine.targets.find((t) => t.region.level === 'county');
  const item = county?.items.find((i) => i.domain === 'rural_housing_renovation' && i.policy);
  assert.ok(county && item, '区住建局应能发布县级农村危房改造的政策类事项');

  // 1. The unit: 发布公开信息 from the home page; the county is its only place, chosen already.
  const u = await contextAs(UNIT);
  await u.page.goto(`${session.cloud.url}/`);
  let cur = await currentPage(u.page, '/pages/index/index');
  await cur.getByText('发布公开信息', { exact: true }).first().click();
  cur = await currentPage(u.page, '/packages/cadre/pages/edit/index');
  await cur.getByText(`发布单位：${mine.publisher.name}`, { exact: true }).waitFor();
  await press(cur.getByRole('radio', { name: new RegExp(DOMAIN_NAME) }));
  await press(cur.getByRole('radio', { name: new RegExp(item.level2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }));
  // A policy item without a 解读 reminds the writer to add one.
  await cur.getByText('请写政策解读', { exact: true }).waitFor();
  await cur.locator('input[placeholder="请输入公示标题"]').fill(TITLE);
  await cur.locator('textarea[placeholder^="例如：经农户申请"]').fill(BODY);
  for (const [i, x] of QA.entries()) {
    await press(cur.getByRole('button', { name: /添加一问一答/ }));
    await cur.locator(`input[placeholder^="问${i + 1}："]`).fill(x.q);
    await cur.locator('textarea[placeholder="答：用村民听得懂的话回答"]').nth(i).fill(x.a);
  }
  // The 信息形成 date is chosen, never assumed: the wheel opens on today, 确定 takes it, the last day to publish shows.
  await press(cur.getByRole('button', { name: /信息形成（变更）日期：未选/ }));
  await press(u.page.locator('.weui-picker__action:visible', { hasText: '确定' }));
  // The sheet and its mask fade out (350 ms) and would take the next tap.
  await u.page.locator('.weui-picker__action:visible').first().waitFor({ state: 'hidden' });
  await cur.getByText(/^应于 .+ 前公开（含当天）。$/).waitFor();
  await press(cur.getByRole('button', { name: '预览', exact: true }));

  // 2. The preview shows what the public will read, 解读 first; submit.
  cur = await currentPage(u.page, '/packages/cadre/pages/preview/index');
  await cur.locator('.h1', { hasText: TITLE }).waitFor();
  await cur.getByText('这份文件说了什么', { exact: true }).first().waitFor();
  await cur.getByText(QA[0].a).first().waitFor();
  await press(cur.getByRole('button', { name: '提交审核', exact: true }));
  await cur.getByText('✓ 已提交，等待审核', { exact: true }).waitFor();
  assert.deepEqual(u.errors, [], '责任单位页面不应有脚本错误');
  await u.context.close();

  // 3. The 政务公开办 approves it (the review pages are the cadre journey's; here by the API).
  const drafts = ok(await session.cloud.call<Res<'publish', 'drafts.mine'>>('publish', 'drafts.mine', {}, unitCookie));
  const draft = drafts.items.find((d) => d.title === TITLE);
  assert.ok(draft, '我写的公开信息里应有这一条');
  assert.equal(draft.status, 'pending_review');
  const adminCookie = await session.cloud.login(OPENGOV);
  ok(await session.cloud.call('review', 'reviews.approve', { id: draft.id, version: draft.version }, adminCookie));

  // 4. A villager of the county opens it: 这份文件说了什么 first, then the document.
  const r = await contextAs(RESIDENT);
  await r.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=${encodeURIComponent(draft.id)}`);
  cur = await currentPage(r.page, '/pages/disclosure/index');
  await cur.locator('.h1', { hasText: TITLE }).waitFor();
  const heading = cur.getByText('这份文件说了什么', { exact: true }).first();
  await heading.waitFor();
  for (const x of QA) await cur.getByText(x.a).first().waitFor();
  await cur.getByText('补助标准', { exact: true }).first().waitFor();
  // The 解读 comes before the document's own text.
  const order = await cur.evaluate((el, body) => {
    const text = (el as HTMLElement).innerText;
    return [text.indexOf('这份文件说了什么'), text.indexOf(body)];
  }, '补助资金由区财政直接发放到户');
  assert.ok(order[0] >= 0 && order[1] > order[0], `解读应在正文之前：${order.join(', ')}`);
  await cur.getByText(new RegExp(mine.publisher.name)).first().waitFor();
  await screenshotPage(r.page, cur, 'county-policy-with-interpretation.png');
  assert.deepEqual(r.errors, [], '居民页面不应有脚本错误');
  await r.context.close();
});
