// The county runs itself from the app (issue 11): the 政务公开办 invites a cadre for two
// villages in the H5 app; a second browser profile — a WeChat user with no account yet (dev
// login of a fresh openid) — opens the invitation and accepts it; the admin sees the new
// person in 人员管理, then the 统计 page with its trend chart drawn and its figures, and the
// monthly report with names on one line. Real H5 build, local cloud, Chromium; by visible text.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Res } from '../../core/api/contracts';
import { ok } from '../helpers/local-cloud';
import { cloudSession, currentPage, press, screenshotPage } from './browser';

const ADMIN = 'demo-xinjin-admin'; // 新津区政务公开办
const COUNTY = '510118';
const INVITEE = '测试干部王明';

const session = cloudSession();
const { contextAs } = session;

test('the 政务公开办 invites a cadre of two villages, a new WeChat user accepts, the admin sees them and the figures', async () => {
  const towns = ok(await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: COUNTY }));
  const town = towns.items[0];
  const villages = ok(
    await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: town.code }),
  ).items.slice(0, 2);
  assert.equal(villages.length, 2, `${town.name}应至少有两个村（社区）`);

  // 1. The admin: home → 邀请; 驻村干部, the town, two villages, the name; 生成邀请.
  const a = await contextAs(ADMIN);
  await a.page.goto(`${session.cloud.url}/`);
  let cur = await currentPage(a.page, '/pages/index/index');
  await press(cur.getByText('邀请', { exact: true }).first());
  cur = await currentPage(a.page, '/packages/admin/pages/invites/index');
  await press(cur.getByRole('button', { name: '驻村干部', exact: true }));
  await press(cur.getByRole('button', { name: town.name, exact: true }));
  for (const v of villages) await press(cur.getByRole('button', { name: v.name, exact: true }));
  // The name box is the page's only text input (Taro H5 wraps it in taro-input-core).
  await cur.locator('.cm-inputbox input, input.cm-inputbox').first().fill(INVITEE);
  await press(cur.getByRole('button', { name: '生成邀请', exact: true }));
  const made = cur.getByText(/^邀请码：/).first();
  await made.waitFor();
  const code = (await made.innerText()).replace(/^邀请码：\s*/, '').trim();
  assert.match(code, /^[0-9A-Z]{8}$/, `邀请码应为8位：${code}`);
  await cur.getByText(new RegExp(`邀请 ${INVITEE}：驻村干部`)).waitFor();

  // 2. A second profile: a WeChat user without an account opens the invitation's link and accepts.
  const openid = `e2e-invitee-${Date.now().toString(36)}`;
  const b = await contextAs(openid);
  await b.page.goto(`${session.cloud.url}/#/packages/admin/pages/accept/index?code=${encodeURIComponent(code)}`);
  const acc = await currentPage(b.page, '/packages/admin/pages/accept/index');
  assert.equal(await acc.locator('input[placeholder="如 7KQ2MX9P"]').inputValue(), code, '邀请链接应带上邀请码');
  await press(acc.getByRole('button', { name: '接受', exact: true }));
  await acc.getByText(/^已成为驻村干部（/).waitFor();
  assert.deepEqual(b.errors, [], '接受邀请页面不应有脚本错误');
  await b.context.close();

  // 3. The admin sees the new person in 人员管理, bound to the two villages.
  await a.page.goto(`${session.cloud.url}/#/packages/admin/pages/people/index`);
  cur = await currentPage(a.page, '/packages/admin/pages/people/index');
  const person = cur.getByText(`${INVITEE}（驻村干部）`, { exact: true });
  for (let i = 0; i < 20 && !(await person.isVisible()); i++) {
    const nextPage = cur.getByRole('button', { name: '下一页' });
    if (await nextPage.isVisible()) await press(nextPage);
    else await a.page.waitForTimeout(200);
  }
  await person.waitFor();
  const binding = await person.locator('xpath=following-sibling::*[1]').innerText();
  for (const v of villages) assert.ok(binding.includes(v.name), `绑定应包括${v.name}：${binding}`);

  // 4. The 统计 page: the trend chart is drawn (pixels on the canvas) with its table of figures.
  await a.page.goto(`${session.cloud.url}/#/packages/admin/pages/stats/index`);
  cur = await currentPage(a.page, '/packages/admin/pages/stats/index');
  const canvas = cur.locator('canvas[role="img"]');
  await canvas.waitFor();
  const label = (await canvas.getAttribute('aria-label')) ?? '';
  assert.match(label, /共收到诉求\d+件/, `图表应有文字说明：${label}`);
  const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(inked > 500, `趋势图应画出内容（着色像素 ${inked}）`);
  const table = cur.getByRole('table', { name: '各月数据' });
  await table.waitFor();
  const rows = await table.getByRole('row').count();
  assert.ok(rows >= 2, '各月数据表应至少有一个月');
  await cur
    .getByText(/^收到\d+件 · 按期办结率/)
    .first()
    .waitFor();
  await screenshotPage(a.page, cur, 'county-admin-stats.png');

  // 5. 打印月报: the report with its period; names never wrap one character per line.
  await press(cur.getByRole('button', { name: '打印月报', exact: true }));
  cur = await currentPage(a.page, '/packages/admin/pages/report/index');
  await cur.getByText('新津区政务公开和监督工作月报', { exact: true }).waitFor();
  await cur.getByText(/^统计期：\d{4}年\d{1,2}月$/).waitFor();
  const names = cur.getByRole('rowheader');
  assert.ok((await names.count()) > 3, '月报应列出全县、乡镇和单位');
  const tallest = await names.evaluateAll((els) =>
    Math.max(...els.map((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight || '20'))),
  );
  assert.ok(tallest < 2, `名称应在一行内（最高 ${tallest.toFixed(1)} 行）`);
  assert.ok(
    await a.page.evaluate(() => document.getElementById('gk-report-print')?.textContent?.includes('size: A4')),
    '月报应带 A4 打印样式',
  );
  await screenshotPage(a.page, cur, 'county-admin-report.png');
  assert.deepEqual(a.errors, [], '管理页面不应有脚本错误');
  await a.context.close();
});
