// 依申请公开 end to end: a resident applies for information from H5 (body, what, how, name, ID),
// finds it in 我的申请 with its answer date, the 住建局's staff 登记 it and ask for a 补正, the
// resident supplies it, the unit answers 部分公开 with its legal reason, and the resident reads
// the answer and rates it. The ID number shows masked everywhere on the resident's pages.
// Real H5 build, local cloud (seeded SQLite), Debian Chromium; asserted by the text people see.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { ApplicationDetail } from '../../core/api/application-views';
import { makeIdNumber, maskIdNumber } from '../../core/privacy/mask';
import { ok } from '../helpers/local-cloud';
import { formatDateCn } from '../../src/utils/format';
import { cloudSession, currentPage, press, revealInList, screenshotPage, toastGone } from './browser';

const RESIDENT = 'demo-xinjin-resident';
const STAFF = 'demo-xinjin-unit';
const DESCRIPTION = '2025年本村第三村民小组危房改造补助的评议会议记录和补助资金拨付凭证';
const ID = makeIdNumber('510118', '19800315', '123');
const SUPPLY = '第三村民小组，2025年第二批危房改造补助';
const ANSWER = '评议结果和补助资金拨付凭证随本答复提供；评议会议的讨论记录属于过程性信息，不予公开。';

const session = cloudSession();
const { devAccounts, contextAs } = session;

async function typeInto(scope: Locator, label: string, text: string): Promise<void> {
  const box = scope.getByLabel(label, { exact: true });
  await box.scrollIntoViewIfNeeded();
  await box.fill(text);
}

async function openAsResident(page: Page, id: string): Promise<Locator> {
  await page.goto(`${session.cloud.url}/#/packages/apply/pages/detail/index?id=${encodeURIComponent(id)}`);
  const cur = await currentPage(page, '/packages/apply/pages/detail/index');
  await cur.getByText(`编号 ${id}`).waitFor();
  return cur;
}

async function openAsUnit(page: Page, id: string): Promise<Locator> {
  await page.goto(`${session.cloud.url}/#/packages/unit/pages/application/index?id=${encodeURIComponent(id)}`);
  const cur = await currentPage(page, '/packages/unit/pages/application/index');
  await cur.getByText(DESCRIPTION, { exact: true }).waitFor();
  return cur;
}

test('a resident applies, the unit registers it, asks for a 补正 and answers 部分公开, the resident rates it', async () => {
  const accounts = await devAccounts();
  const resident = accounts.find((a) => a.openid === RESIDENT);
  const staff = accounts.find((a) => a.openid === STAFF);
  assert.ok(resident && staff?.unitId, '应有演示居民和住建局工作人员账号');
  const village = resident.regionCodes[0];

  // 1. The form, opened for the 住建局 from a catalog item (as 申请公开这类信息 does).
  const r = await contextAs(RESIDENT);
  await r.page.goto(`${session.cloud.url}/#/packages/apply/pages/new/index?code=${village}&unitId=${encodeURIComponent(staff.unitId)}`);
  let cur = await currentPage(r.page, '/packages/apply/pages/new/index');
  await cur.getByText('✓ 新津区住房和城乡建设局', { exact: true }).waitFor();
  // Empty: the schema's own message, nothing sent.
  await press(cur.getByRole('button', { name: '提交申请', exact: true }));
  await cur
    .getByText(/所需信息至少写5个字/)
    .first()
    .waitFor();
  await typeInto(cur, '所需信息', DESCRIPTION);
  await typeInto(cur, '用途', '核对我家补助标准');
  await press(cur.getByRole('radio', { name: /^○?\s*自行领取/ }));
  assert.equal(await cur.getByRole('radio', { name: /自行领取/ }).getAttribute('aria-checked'), 'true');
  await typeInto(cur, '申请人姓名', '张秀兰');
  await typeInto(cur, '身份证号码', ID);
  await typeInto(cur, '联系电话', '13800001234');
  await screenshotPage(r.page, cur, 'apply-form.png');
  await press(cur.getByRole('button', { name: '提交申请', exact: true }));

  // 2. The answer: its number, the body, the date it is due.
  await cur.getByText('✓ 申请已提交', { exact: true }).waitFor();
  const ticketText = await cur
    .getByText(/^编号 /)
    .first()
    .innerText();
  const id = ticketText.replace('编号', '').trim();
  assert.match(id, /^510118-YSQ\d{8}-\d{4}$/, `申请编号格式：${id}`);
  const cookie = await session.cloud.login(RESIDENT);
  const filed = ok(await session.cloud.call<ApplicationDetail>('resident', 'applications.get', { id }, cookie));
  assert.equal(filed.delivery, '自行领取');
  assert.equal(filed.description, DESCRIPTION);
  const due = formatDateCn(filed.deadline.due);
  await cur.getByText(due, { exact: false }).first().waitFor();

  // 3. 我的申请: the new one with its answer date; its page shows the ID masked.
  await press(cur.getByRole('button', { name: '我的信息公开申请', exact: true }));
  cur = await currentPage(r.page, '/packages/apply/pages/mine/index');
  const row = cur.locator('.row', { hasText: `编号 ${id}` });
  await revealInList(cur, row.first(), id);
  assert.match(await row.first().innerText(), new RegExp(`待登记[\\s\\S]*应在${due}前答复`));
  await row.first().click();
  cur = await currentPage(r.page, '/packages/apply/pages/detail/index');
  await cur.getByText(maskIdNumber(ID), { exact: false }).waitFor();
  assert.ok(!(await r.page.content()).includes(ID), '居民自己的页面也只显示遮挡后的身份证号码');
  await screenshotPage(r.page, cur, 'apply-mine-detail.png');

  // 4. The unit: 登记, then 要求补正.
  const u = await contextAs(STAFF);
  cur = await openAsUnit(u.page, id);
  await cur.getByText(ID, { exact: true }).waitFor(); // the handling body checks who asks
  await press(cur.getByRole('button', { name: '登记', exact: true }));
  await cur.getByText('办理中', { exact: false }).first().waitFor();
  await press(cur.getByRole('button', { name: '要求补正', exact: true }));
  await typeInto(cur, '需要补正的内容', '请写明是哪一个村民小组、哪一批次的补助');
  await press(cur.getByRole('button', { name: '发出补正要求', exact: true }));
  await cur.getByText('待补正', { exact: false }).first().waitFor();
  await toastGone(u.page);

  // 5. The resident supplies what was asked.
  cur = await openAsResident(r.page, id);
  await cur.getByText('机关请您补正', { exact: true }).waitFor();
  await cur.getByText('请写明是哪一个村民小组、哪一批次的补助', { exact: true }).waitFor();
  await typeInto(cur, '补正内容', SUPPLY);
  await press(cur.getByRole('button', { name: '提交补正', exact: true }));
  await cur.getByText(SUPPLY, { exact: true }).waitFor();
  await cur.getByText('办理中', { exact: false }).first().waitFor();

  // 6. The unit answers 部分公开 with its legal reason.
  cur = await openAsUnit(u.page, id);
  await press(cur.getByRole('button', { name: '答复', exact: true }));
  await press(cur.getByRole('radio', { name: /部分公开/ }));
  await press(cur.getByRole('radio', { name: /过程性信息/ }));
  await typeInto(cur, '答复内容', ANSWER);
  await press(cur.getByRole('button', { name: '提交答复', exact: true }));
  await cur.getByText('已办结', { exact: false }).first().waitFor();
  await toastGone(u.page);
  await screenshotPage(u.page, cur, 'unit-application.png');
  assert.deepEqual(u.errors, [], '工作人员页面不应有脚本错误');
  await u.context.close();

  // 7. The resident reads the answer (the outcome, the reason and its article) and rates it.
  cur = await openAsResident(r.page, id);
  await cur.getByText(ANSWER, { exact: true }).waitFor();
  await cur.getByText('过程性信息', { exact: false }).first().waitFor();
  await cur.getByText('《政府信息公开条例》第十六条第二款', { exact: false }).first().waitFor();
  await press(cur.getByRole('radio', { name: /4星/ }));
  await typeInto(cur, '想说的话', '答复清楚');
  await press(cur.getByRole('button', { name: '提交评价', exact: true }));
  await cur.getByText('您的评价', { exact: true }).waitFor();
  const rated = ok(await session.cloud.call<ApplicationDetail>('resident', 'applications.get', { id }, cookie));
  assert.equal(rated.rating?.score, 4);
  assert.equal(rated.answer?.outcome, '部分公开');
  assert.deepEqual(
    rated.timeline.map((e) => e.actionName),
    ['提交申请', '登记', '要求补正', '补正', '答复', '评价'],
  );
  assert.ok(!(await r.page.content()).includes(ID), '答复后的页面也不显示完整身份证号码');
  await screenshotPage(r.page, cur, 'apply-answered.png');
  assert.deepEqual(r.errors, [], '居民页面不应有脚本错误');
  await r.context.close();
});
