// Supervision (监督) end to end: a resident files a complaint from a disclosure of their
// village, the responsible unit's staff 签收 and 答复 it in the hotline queue, and the
// resident reads the answer and rates it 5星. Real H5 build, local cloud (seeded SQLite),
// Debian Chromium; asserted by the Chinese text people see.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ComplaintDetail } from '../../core/api/complaint-views';
import type { DisclosureSummary } from '../../core/api/public-views';
import { ok } from '../helpers/local-cloud';
import { cloudSession, currentPage, press, revealInList, screenshotPage, toastGone } from './browser';

const RESIDENT = 'demo-xinjin-resident';
const COMPLAINT_TEXT = '公示里写的补助金额和村里实际发放的不一样，请核实后更正。';
/** A 1×1 PNG: the photo a resident attaches. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const ANSWER_TEXT = '经核实，公示金额录入有误，已更正并重新张贴公示，感谢您的监督。';

const session = cloudSession();
const { devAccounts, contextAs } = session;

/** A disclosure published for the resident's own village, found through the public API. */
async function villageDisclosure(villageCode: string): Promise<DisclosureSummary> {
  let cursor: string | undefined;
  do {
    const page = ok(
      await session.cloud.call<{ items: DisclosureSummary[]; next: string | null }>(
        'public',
        'disclosures.list',
        cursor ? { regionCode: villageCode, cursor } : { regionCode: villageCode },
      ),
    );
    const mine = page.items.find((d) => d.regionCode === villageCode);
    if (mine) return mine;
    cursor = page.next ?? undefined;
  } while (cursor);
  assert.fail(`演示村 ${villageCode} 应有本村发布的公开信息`);
}

async function assertNoOpenid(page: Page, where: string): Promise<void> {
  const html = await page.content();
  assert.ok(!html.includes(RESIDENT), `${where}的页面里不应出现诉求人的 openid`);
}

test('a resident files a complaint, the unit answers it, the resident rates it', async () => {
  const accounts = await devAccounts();
  const resident = accounts.find((a) => a.openid === RESIDENT);
  assert.ok(resident, '应有演示居民账号');
  const villageCode = resident.regionCodes[0];
  const disclosure = await villageDisclosure(villageCode);

  // 1. The resident opens the disclosure and taps 我要监督.
  const r = await contextAs(RESIDENT);
  await r.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=${encodeURIComponent(disclosure.id)}`);
  let cur = await currentPage(r.page, '/pages/disclosure/index');
  await cur.locator('.h1', { hasText: disclosure.title }).waitFor();
  await press(cur.getByRole('button', { name: '我要监督', exact: true }));

  // 2. The form: what it is about is filled in; choose kind and category, write, submit.
  cur = await currentPage(r.page, '/packages/complaint/pages/new/index');
  await cur.getByText(disclosure.title, { exact: true }).waitFor();
  await cur.getByText('对承办单位匿名', { exact: true }).first().waitFor();
  // Submitting empty shows the schema's own message next to the field.
  await press(cur.getByRole('button', { name: '提交', exact: true }));
  await cur.getByText('！请选择诉求类型', { exact: true }).waitFor();
  await press(cur.getByRole('radio', { name: /投诉举报/ }));
  assert.equal(await cur.getByRole('radio', { name: /投诉举报/ }).getAttribute('aria-checked'), 'true');
  await press(cur.getByRole('radio', { name: /内容不准确/ }));
  // Text the content check rejects: said plainly, nothing stored; then the real text.
  await cur.locator('textarea').first().fill('公示是假的，这些人都去死吧');
  await press(cur.getByRole('button', { name: '提交', exact: true }));
  await cur.getByText('内容没有通过检查，未提交', { exact: true }).waitFor();
  await cur.getByRole('button', { name: '重新提交', exact: true }).waitFor();
  await cur.locator('textarea').first().fill(COMPLAINT_TEXT);
  assert.equal(await cur.getByText('内容没有通过检查，未提交', { exact: true }).count(), 0, '改了内容后不再显示被拒的提示');
  await cur.getByText(`已写${COMPLAINT_TEXT.length}字`, { exact: false }).waitFor();
  const [chooser] = await Promise.all([r.page.waitForEvent('filechooser'), press(cur.getByRole('button', { name: /添加照片/ }))]);
  await chooser.setFiles({ name: 'gongshilan.png', mimeType: 'image/png', buffer: PHOTO });
  await cur.getByText('照片1 已上传', { exact: true }).waitFor();
  await screenshotPage(r.page, cur, 'complaint-form.png');
  // A double tap sends once (the same requestId, and the page ignores a tap while sending).
  const submit = cur.getByRole('button', { name: '提交', exact: true });
  await submit.scrollIntoViewIfNeeded();
  await submit.dblclick({ force: true });

  // 3. The answer: ticket, the unit it went to, its hotline, the deadlines.
  await cur.getByText('✓ 提交成功', { exact: true }).waitFor();
  const ticket = (await cur.locator('.cm-ticket').innerText()).trim();
  assert.match(ticket, /^\d{6}-\d{8}-\d{4}$/, `诉求编号格式：${ticket}`);
  const residentCookie = await session.cloud.login(RESIDENT);
  const filed = ok(await session.cloud.call<ComplaintDetail>('resident', 'complaints.get', { id: ticket }, residentCookie));
  const mine = ok(
    await session.cloud.call<{ items: Array<{ id: string; textPreview: string }> }>('resident', 'complaints.mine', {}, residentCookie),
  );
  assert.equal(mine.items.filter((c) => c.textPreview === COMPLAINT_TEXT).length, 1, '连点两下只应提交一件');
  assert.equal(filed.kind, '投诉举报');
  assert.equal(filed.category, '内容不准确');
  assert.equal(filed.disclosureId, disclosure.id);
  assert.equal(filed.photos.length, 1, '应带上1张照片');
  await cur.getByText(filed.unitName, { exact: true }).waitFor();
  await cur.getByText('签收期限', { exact: true }).waitFor();
  await cur.getByText('答复期限', { exact: true }).waitFor();
  if (filed.unitHotline?.demo) await cur.getByText('演示号码', { exact: true }).first().waitFor();
  await screenshotPage(r.page, cur, 'complaint-submitted.png');

  // 4. The unit's staff: 诉求办理 from the home page, the new ticket in the queue.
  const staff = accounts.find((a) => a.role === 'unit_staff' && a.unitId === filed.unitId);
  assert.ok(staff, `应有${filed.unitName}的演示工作人员账号`);
  const u = await contextAs(staff.openid);
  await u.page.goto(`${session.cloud.url}/`);
  cur = await currentPage(u.page, '/pages/index/index');
  await cur.getByText('诉求办理', { exact: true }).click();
  cur = await currentPage(u.page, '/packages/unit/pages/queue/index');
  await cur.getByText('本单位热线', { exact: true }).waitFor();
  await cur.getByText(filed.unitName, { exact: true }).first().waitFor();
  const row = cur.locator('.row', { hasText: `编号 ${ticket}` });
  await revealInList(cur, row.first(), ticket);
  assert.match(await row.first().innerText(), /待签收/);
  await screenshotPage(u.page, cur, 'unit-queue.png');
  await assertNoOpenid(u.page, '诉求办理列表');
  await row.first().click();

  // 5. The complaint without the complainant's identity; 签收, then 答复.
  cur = await currentPage(u.page, '/packages/unit/pages/detail/index');
  await cur.getByText(COMPLAINT_TEXT, { exact: true }).waitFor();
  await cur.locator('.badge', { hasText: '待签收' }).waitFor();
  // The resident's photo shows (served from /api/files/<id>).
  const photo = cur.getByRole('button', { name: '查看照片1' }).locator('img');
  await photo.waitFor();
  await u.page.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await photo.elementHandle(),
  );
  await assertNoOpenid(u.page, '办理诉求');
  await press(cur.getByRole('button', { name: '签收', exact: true }));
  await cur.locator('.badge', { hasText: '已签收' }).waitFor();
  await press(cur.getByRole('button', { name: '答复', exact: true }));
  await cur.getByText('答复诉求人', { exact: true }).waitFor();
  await cur.locator('textarea').first().fill(ANSWER_TEXT);
  await press(cur.getByRole('button', { name: '提交答复', exact: true }));
  await cur.locator('.badge', { hasText: '已答复' }).waitFor();
  await cur.getByText(ANSWER_TEXT, { exact: true }).waitFor();
  await assertNoOpenid(u.page, '办理诉求（已答复）');
  await toastGone(u.page);
  await screenshotPage(u.page, cur, 'unit-detail.png');
  assert.deepEqual(u.errors, [], '工作人员页面不应有脚本错误');
  await u.context.close();

  // 6. The resident: home says there is news (the card and 新 beside 我的监督); 我的监督 shows 已答复;
  // the detail has the answer; rate 5星 -> 已办结.
  await r.page.goto(`${session.cloud.url}/`);
  cur = await currentPage(r.page, '/pages/index/index');
  await cur.getByText('您的监督有新答复').first().waitFor();
  await cur
    .getByText(/^我的监督/)
    .first()
    .click();
  cur = await currentPage(r.page, '/packages/complaint/pages/mine/index');
  const mineRow = cur.locator('.row', { hasText: `编号 ${ticket}` });
  await revealInList(cur, mineRow.first(), ticket);
  assert.match(await mineRow.first().innerText(), /已答复/);
  await mineRow.first().click();

  cur = await currentPage(r.page, '/packages/complaint/pages/detail/index');
  await cur.getByText(ANSWER_TEXT, { exact: true }).waitFor();
  await cur.getByText('对答复满意吗？', { exact: true }).waitFor();
  await press(cur.getByRole('radio', { name: /^5星/ }));
  await cur.getByText('5星：很满意', { exact: true }).waitFor();
  await press(cur.getByRole('button', { name: '提交评价', exact: true }));
  await cur.locator('.badge', { hasText: '已办结' }).waitFor();
  await cur.getByText(/5星（很满意）/).waitFor();
  assert.equal(await cur.getByText('对答复满意吗？', { exact: true }).count(), 0, '评价后不应再显示评价表单');
  await toastGone(r.page);
  await screenshotPage(r.page, cur, 'complaint-rated.png');

  const closed = ok(await session.cloud.call<ComplaintDetail>('resident', 'complaints.get', { id: ticket }, residentCookie));
  assert.equal(closed.status, 'closed');
  assert.equal(closed.rating?.score, 5);
  assert.deepEqual(r.errors, [], '居民页面不应有脚本错误');
  await r.context.close();
});
