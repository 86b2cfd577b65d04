// Village publicity (村务公示) end to end: a 驻村 cadre writes a 农村危房改造 publicity with a
// pasted list of people (real-format ID numbers, phones, a 银行卡号 column), previews the masked
// copy and submits it; the town reviewer approves it; a resident sees the masked list with its
// countdown and files a 公示异议 that lands with the town; the A4 notice prints with a QR code.
// Real H5 build, local cloud (seeded SQLite), Debian Chromium; asserted by the Chinese text.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import type { ComplaintDetail } from '../../core/api/complaint-views';
import type { Res } from '../../core/api/contracts';
import { makeIdNumber } from '../../core/privacy/mask';
import { ok } from '../helpers/local-cloud';
import { ARTIFACTS, cloudSession, currentPage, press, revealInList, screenshotPage, toastGone } from './browser';

const CADRE = 'demo-xinjin-cadre';
const REVIEWER = 'demo-xinjin-reviewer';
const RESIDENT = 'demo-xinjin-resident';
const DOMAIN_NAME = '农村危房改造';

const TITLE = '关于2026年第三批农村危房改造拟补助对象的公示';
const BODY = '经农户申请、村民代表评议，拟将以下3户列为农村危房改造补助对象，现予公示。公示期内如有异议，请向村委会或街道反映。';
const OBJECTION = '名单第2户去年已经在城里买了房，家里老房子也没有住人，不符合补助条件，请核实。';

const IDS = [makeIdNumber('510118', '19580312', 21), makeIdNumber('510118', '19630907', 45), makeIdNumber('510118', '19711123', 12)];
const PHONES = ['13812345678', '13987654321', '15988887777'];
const CARDS = ['6222021234567890128', '6217001234567890', '6228480402564890018'];
const PASTED = [
  '序号\t户主姓名\t身份证号码\t联系电话\t银行卡号\t改造方式\t补助金额（元）',
  `1\t王德明\t${IDS[0]}\t${PHONES[0]}\t${CARDS[0]}\t原址重建\t35000`,
  `2\t李秀英\t${IDS[1]}\t${PHONES[1]}\t${CARDS[1]}\t加固改造\t15000`,
  `3\t张国富\t${IDS[2]}\t${PHONES[2]}\t${CARDS[2]}\t原址重建\t35000`,
].join('\n');

/** 510118********1234: the first 6 and last 4 kept (the default mask policy). */
const maskedId = (id: string) => `${id.slice(0, 6)}${'*'.repeat(8)}${id.slice(14)}`;
const maskedPhone = (p: string) => `${p.slice(0, 3)}****${p.slice(7)}`;

const session = cloudSession();
const { devAccounts, contextAs } = session;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * No full ID number, phone or bank card in what the window shows, nor in the markup of `scope`
 * (the page on top). `wholeDocument`: nor anywhere in the document — not for the cadre, whose
 * own edit page, holding the table as entered, stays in the H5 page stack behind the preview.
 */
async function assertNoPersonalData(page: Page, scope: Locator | null, where: string, wholeDocument = true): Promise<void> {
  const texts = [await page.evaluate(() => document.body.innerText)];
  if (wholeDocument) texts.push(await page.content());
  if (scope) texts.push(await scope.innerText(), await scope.innerHTML());
  for (const t of texts) {
    for (const id of IDS) assert.ok(!t.includes(id), `${where}不应出现完整身份证号 ${id}`);
    for (const p of PHONES) assert.ok(!t.includes(p), `${where}不应出现完整手机号 ${p}`);
    for (const c of CARDS) assert.ok(!t.includes(c), `${where}不应出现银行卡号 ${c}`);
  }
}

/** Every ID and phone shows masked, in a cell marked as changed (background AND ＊). */
async function assertMarkedCells(cur: Locator): Promise<void> {
  for (const id of IDS) {
    const cell = cur.locator('.cd-cell--masked', { hasText: maskedId(id) });
    await cell.first().waitFor();
    assert.match(await cell.first().innerText(), /＊/, '隐去的格子应带“＊”标记，不只靠颜色');
  }
  for (const p of PHONES)
    await cur
      .locator('.cd-cell--masked', { hasText: maskedPhone(p) })
      .first()
      .waitFor();
  await cur.getByText('已删除列：银行卡号', { exact: true }).waitFor();
}

test('a cadre publishes a masked list, the town approves it, a resident objects, the notice prints', async () => {
  const accounts = await devAccounts();
  const cadreAccount = accounts.find((a) => a.openid === CADRE);
  assert.ok(cadreAccount, '应有演示驻村干部账号');
  const cadreCookie = await session.cloud.login(CADRE);
  const villages = ok(await session.cloud.call<Res<'cadre', 'villages.mine'>>('cadre', 'villages.mine', {}, cadreCookie)).villages;
  const village = villages.find((v) => v.code === cadreAccount.regionCodes[0]);
  assert.ok(village, '驻村干部应有驻点村');
  const catalog = ok(await session.cloud.call<Res<'public', 'catalog.list'>>('public', 'catalog.list', { regionCode: village.code }));
  const item = catalog.entries
    .map((e) => e.item)
    .find((i) => i.domain === 'rural_housing_renovation' && i.levels.includes('village') && i.publicityDays);
  assert.ok(item?.publicityDays, '新津区目录里应有带公示期的村级农村危房改造事项');

  // 1. The cadre: 村务公示 from the home page, then 新建公示.
  const c = await contextAs(CADRE);
  await c.page.goto(`${session.cloud.url}/`);
  let cur = await currentPage(c.page, '/pages/index/index');
  await cur.getByText('村务公示', { exact: true }).click();
  cur = await currentPage(c.page, '/packages/cadre/pages/home/index');
  await cur.getByText('我驻点的村（社区）', { exact: true }).waitFor();
  await cur.getByText(village.name, { exact: true }).first().waitFor();
  await cur.getByText('需要发布或更新的事项', { exact: true }).waitFor();
  await cur
    .getByRole('button', { name: /^去发布/ })
    .first()
    .waitFor();
  await press(cur.getByRole('button', { name: /新建公示/ }));

  // 2. The form: village, domain, item (its default 公示期 shows), title, text, the pasted table.
  cur = await currentPage(c.page, '/packages/cadre/pages/edit/index');
  // Empty preview: the schema's own first message, next to its field.
  await press(cur.getByRole('button', { name: '预览', exact: true }));
  await cur.getByText('！请选择发布的地方', { exact: true }).waitFor();
  await press(cur.getByRole('radio', { name: new RegExp(escape(village.name)) }));
  assert.equal(await cur.getByRole('radio', { name: new RegExp(escape(village.name)) }).getAttribute('aria-checked'), 'true');
  await press(cur.getByRole('radio', { name: new RegExp(DOMAIN_NAME) }));
  await press(cur.getByRole('radio', { name: new RegExp(escape(item.level2)) }));
  await cur.getByText(`默认公示期：${item.publicityDays.text}`, { exact: true }).waitFor();
  await cur.locator('input[placeholder="请输入公示标题"]').fill(TITLE);
  await cur.locator('textarea[placeholder^="例如：经农户申请"]').fill(BODY);
  await cur.locator('textarea[placeholder="从表格软件复制后粘贴到这里（第一行是表头）"]').fill(PASTED);
  await cur.getByText(/^✓ 已识别：3行，.*等7列$/).waitFor();
  await press(cur.getByRole('button', { name: '预览', exact: true }));

  // 3. The preview: exactly what the public will see, every hidden cell marked, what was hidden.
  cur = await currentPage(c.page, '/packages/cadre/pages/preview/index');
  await cur.locator('.h1', { hasText: TITLE }).waitFor();
  await assertMarkedCells(cur);
  await cur
    .getByText(`${item.publicityDays.text}（共${item.publicityDays.days}${item.publicityDays.dayKind === 'working' ? '个工作日' : '天'}）`)
    .waitFor();
  await cur.getByText(/“身份证号码”列：身份证号已隐去中间8位（3处）/).waitFor();
  await assertNoPersonalData(c.page, cur, '预览页', false);
  await screenshotPage(c.page, cur, 'cadre-preview.png');
  await press(cur.getByRole('button', { name: '提交审核', exact: true }));
  await cur.getByText('✓ 已提交，等待审核', { exact: true }).waitFor();
  const mine = ok(await session.cloud.call<Res<'cadre', 'drafts.mine'>>('cadre', 'drafts.mine', {}, cadreCookie));
  const draft = mine.items.find((d) => d.title === TITLE);
  assert.ok(draft, '我写的公示里应有这份公示');
  assert.equal(draft.status, 'pending_review');
  assert.equal(mine.items.filter((d) => d.title === TITLE).length, 1, '只应保存一份草稿');
  // Back on 村务公示 the draft shows 待审核 in words.
  await press(cur.getByRole('button', { name: '回到村务公示', exact: true }));
  cur = await currentPage(c.page, '/packages/cadre/pages/home/index');
  const draftRow = cur.locator('.row', { hasText: TITLE });
  await draftRow.first().waitFor();
  assert.match(await draftRow.first().innerText(), /待审核/);
  assert.deepEqual(c.errors, [], '驻村干部页面不应有脚本错误');
  await c.context.close();

  // 4. The reviewer: 公示审核 from the home page, the submitted publicity, 通过.
  const r = await contextAs(REVIEWER);
  await r.page.goto(`${session.cloud.url}/`);
  cur = await currentPage(r.page, '/pages/index/index');
  await cur.getByText('公示审核', { exact: true }).click();
  cur = await currentPage(r.page, '/packages/cadre/pages/review/index');
  assert.equal(await cur.getByRole('radio', { name: /待审核/ }).getAttribute('aria-checked'), 'true');
  const row = cur.locator('.row', { hasText: TITLE });
  await revealInList(cur, row.first(), TITLE);
  assert.match(await row.first().innerText(), /待审核/);
  await row.first().click();

  cur = await currentPage(r.page, '/packages/cadre/pages/review-detail/index');
  await cur.locator('.h1', { hasText: TITLE }).waitFor();
  await assertMarkedCells(cur);
  await assertNoPersonalData(r.page, cur, '审核页');
  await screenshotPage(r.page, cur, 'review-detail.png');
  await press(cur.getByRole('button', { name: '通过', exact: true }));
  await press(cur.getByRole('button', { name: '确认通过', exact: true }));
  await cur.locator('.badge', { hasText: '已发布' }).waitFor();
  await cur.getByText('收到的公示异议', { exact: true }).waitFor();
  // 打印公示 (H5) opens the A4 notice.
  const [popup] = await Promise.all([r.context.waitForEvent('page'), press(cur.getByRole('button', { name: '打印公示', exact: true }))]);
  await popup.waitForLoadState('domcontentloaded');
  assert.ok(popup.url().endsWith(`/print/${encodeURIComponent(draft.id)}`), `打印公示应打开公示单：${popup.url()}`);
  await popup.close();
  await toastGone(r.page);
  assert.deepEqual(r.errors, [], '审核人页面不应有脚本错误');
  await r.context.close();

  // 5. A resident: the masked list with its countdown; 提出异议 goes to the town.
  const p = await contextAs(RESIDENT);
  await p.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=${encodeURIComponent(draft.id)}`);
  cur = await currentPage(p.page, '/pages/disclosure/index');
  await cur.locator('.h1', { hasText: TITLE }).waitFor();
  await cur.getByText(/^公示中，还剩\d+天$/).waitFor();
  for (const id of IDS) await cur.getByText(maskedId(id), { exact: true }).waitFor();
  assert.equal(await cur.getByText('银行卡号', { exact: true }).count(), 0, '公开页面不应有银行卡号列');
  await assertNoPersonalData(p.page, cur, '公开页面');
  await press(cur.getByRole('button', { name: '提出异议', exact: true }));

  cur = await currentPage(p.page, '/packages/complaint/pages/new/index');
  await cur.getByText(TITLE, { exact: true }).waitFor();
  assert.equal(await cur.getByRole('radio', { name: /公示异议/ }).getAttribute('aria-checked'), 'true', '诉求类型应预选“公示异议”');
  assert.equal(await cur.getByRole('radio', { name: /对公示对象有异议/ }).getAttribute('aria-checked'), 'true');
  await cur.locator('textarea').first().fill(OBJECTION);
  await press(cur.getByRole('button', { name: '提交', exact: true }));
  await cur.getByText('✓ 提交成功', { exact: true }).waitFor();
  const ticket = (await cur.locator('.cm-ticket').innerText()).trim();
  const filed = ok(
    await session.cloud.call<ComplaintDetail>('resident', 'complaints.get', { id: ticket }, await session.cloud.login(RESIDENT)),
  );
  assert.equal(filed.kind, '公示异议');
  assert.equal(filed.disclosureId, draft.id);
  assert.equal(filed.unitId, `${village.code.slice(0, 9)}-gov`, '公示异议应转给乡镇（街道）');
  assert.match(filed.unitName, /人民政府|办事处/);
  await cur.getByText(filed.unitName, { exact: true }).waitFor();
  assert.deepEqual(p.errors, [], '居民页面不应有脚本错误');

  // 6. The printable notice: title, the masked table, a QR code.
  const print = await p.context.newPage();
  const resp = await print.goto(`${session.cloud.url}/print/${encodeURIComponent(draft.id)}`);
  assert.equal(resp?.status(), 200);
  await print.locator('h1', { hasText: TITLE }).waitFor();
  for (const id of IDS)
    await print
      .locator('td', { hasText: maskedId(id) })
      .first()
      .waitFor();
  assert.equal(await print.locator('th', { hasText: '银行卡号' }).count(), 0);
  assert.ok((await print.locator('svg').count()) >= 1, '公示单应有二维码（svg）');
  await assertNoPersonalData(print, null, '打印公示单');
  await print.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await print.screenshot({ path: join(ARTIFACTS, 'print-notice.png'), fullPage: true });
  await p.context.close();
});

// ---- a table from a file: .csv and .xlsx on H5, saved twice (versions), resumed later ----

const XNS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const FILE_IDS = [makeIdNumber('510118', '19450105', 33), makeIdNumber('510118', '19820616', 7)];
const FILE_ROWS = [
  ['序号', '姓名', '身份证号', '手机号', '银行卡号', '家庭人口'],
  ['1', '陈桂芳', FILE_IDS[0], '13698765432', '6222600110012345674', '3'],
  ['2', '刘长贵', FILE_IDS[1], '18011112222', '6217003810001234566', '5'],
];

/** A minimal .xlsx as Excel writes it: one sheet, text cells. */
function xlsxOf(rows: string[][]): Buffer {
  const col = (i: number) => String.fromCharCode(65 + i);
  const cell = (v: string, r: number, c: number) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${XNS}><sheetData>${rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${XNS}><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
  return Buffer.from(zipSync(files));
}

test('a cadre imports a table file, saves twice, resumes the draft and previews it', async () => {
  const cadreCookie = await session.cloud.login(CADRE);
  const villages = ok(await session.cloud.call<Res<'cadre', 'villages.mine'>>('cadre', 'villages.mine', {}, cadreCookie)).villages;
  const village = villages[villages.length - 1];
  const catalog = ok(await session.cloud.call<Res<'public', 'catalog.list'>>('public', 'catalog.list', { regionCode: village.code }));
  const item = catalog.entries
    .map((e) => e.item)
    .find((i) => i.domain === 'poverty_alleviation' && i.levels.includes('village') && i.publicityDays);
  assert.ok(item, '新津区目录里应有带公示期的村级扶贫事项');
  const title = '关于2026年脱贫人口名单的公示';
  const draftsTitled = async (t: string) =>
    ok(await session.cloud.call<Res<'cadre', 'drafts.mine'>>('cadre', 'drafts.mine', {}, cadreCookie)).items.filter((d) => d.title === t);

  const c = await contextAs(CADRE);
  await c.page.goto(`${session.cloud.url}/#/packages/cadre/pages/edit/index`);
  let cur = await currentPage(c.page, '/packages/cadre/pages/edit/index');
  await press(cur.getByRole('radio', { name: new RegExp(escape(village.name)) }));
  await press(cur.getByRole('radio', { name: /扶贫/ }));
  await press(cur.getByRole('radio', { name: new RegExp(escape(item.level2)) }));
  await cur.locator('input[placeholder="请输入公示标题"]').fill(title);
  await cur.locator('textarea[placeholder^="例如：经农户申请"]').fill('经农户申请、村民代表评议，以下2户列为脱贫人口，现予公示。');

  // A .csv (UTF-8 with BOM, as Excel saves "CSV UTF-8"), then the .xlsx instead.
  const fileInput = cur.locator('input[type="file"]');
  const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FILE_ROWS.map((r) => r.join(',')).join('\r\n'), 'utf8')]);
  await fileInput.setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: csv });
  await cur.getByText(/^✓ 已读取文件“名单\.csv”：2行，6列：序号、姓名/).waitFor();
  await press(cur.getByRole('button', { name: /不用这个表格/ }));
  await fileInput.setInputFiles({
    name: '名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxOf(FILE_ROWS),
  });
  await cur.getByText(/^✓ 已读取文件“名单\.xlsx”：2行，6列：序号、姓名/).waitFor();

  // 保存草稿 twice: one draft, its version moves on (the page sends the version it last got).
  await press(cur.getByRole('button', { name: '保存草稿', exact: true }));
  await cur.getByText('草稿已保存，可以随时回来接着写。', { exact: true }).waitFor();
  let saved = await draftsTitled(title);
  assert.equal(saved.length, 1);
  assert.equal(saved[0].version, 1);
  await cur.locator('input[placeholder="请输入公示标题"]').fill(`${title}（修改）`);
  await toastGone(c.page);
  await press(cur.getByRole('button', { name: '保存草稿', exact: true }));
  for (let i = 0; i < 50 && (await draftsTitled(`${title}（修改）`)).length === 0; i++) await c.page.waitForTimeout(100);
  saved = await draftsTitled(`${title}（修改）`);
  assert.equal(saved.length, 1, '第二次保存应改同一份草稿');
  assert.equal(saved[0].version, 2);
  assert.equal((await draftsTitled(title)).length, 0);
  assert.equal(await cur.getByText('草稿已在别处修改').count(), 0);

  // Resume it from 村务公示: the saved table is kept; 预览 shows it masked.
  await c.page.goto(`${session.cloud.url}/#/packages/cadre/pages/home/index`);
  cur = await currentPage(c.page, '/packages/cadre/pages/home/index');
  const row = cur.locator('.row', { hasText: `${title}（修改）` });
  await row.first().waitFor();
  assert.match(await row.first().innerText(), /草稿/);
  await row.first().click();
  cur = await currentPage(c.page, '/packages/cadre/pages/edit/index');
  await cur.getByText('修改公示', { exact: true }).waitFor();
  await cur.getByText(/^✓ 已保存的表格：2行，6列/).waitFor();
  assert.equal(await cur.locator('input[placeholder="请输入公示标题"]').inputValue(), `${title}（修改）`);
  await press(cur.getByRole('button', { name: '预览', exact: true }));
  cur = await currentPage(c.page, '/packages/cadre/pages/preview/index');
  await cur.locator('.h1', { hasText: `${title}（修改）` }).waitFor();
  for (const id of FILE_IDS)
    await cur
      .locator('.cd-cell--masked', { hasText: maskedId(id) })
      .first()
      .waitFor();
  await cur.getByText('已删除列：银行卡号', { exact: true }).waitFor();
  const text = await cur.innerText();
  for (const id of FILE_IDS) assert.ok(!text.includes(id), '预览里不应有完整身份证号');
  // 返回修改 goes back to the form, which still holds the draft.
  await press(cur.getByRole('button', { name: '返回修改', exact: true }));
  cur = await currentPage(c.page, '/packages/cadre/pages/edit/index');
  await cur.getByText('修改公示', { exact: true }).waitFor();
  assert.equal((await draftsTitled(`${title}（修改）`))[0].version, 3, '预览前保存了一次');
  assert.deepEqual(c.errors, [], '驻村干部页面不应有脚本错误');
  await c.context.close();
});
