// On a phone (Chromium at 390×844): a 危房改造 list reads as cards with every column, 补助金额
// included, and nothing to scroll sideways; 在名单中查找 narrows it to one household; the
// complaint box takes focus from a tap near its bottom and grows with the text; a page opened
// from a link has a way home; an unknown address and a disclosure that is not there lead home
// instead of offering 重试.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Res } from '../../core/api/contracts';
import { ok } from '../helpers/local-cloud';
import { noticeHtml } from '../../core/publicity/notice';
import { cloudSession, currentPage, press, screenshotPage } from './browser';

const session = cloudSession();

/** A published 危房改造 list with a 补助 column and several households, and a village to file from. */
async function housingList(): Promise<{ id: string; village: string }> {
  const towns = ok(await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: '510118' }));
  for (const town of towns.items) {
    const villages = ok(await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: town.code }));
    for (const v of villages.items) {
      const list = ok(
        await session.cloud.call<Res<'public', 'disclosures.list'>>('public', 'disclosures.list', {
          regionCode: v.code,
          domain: 'rural_housing_renovation',
        }),
      );
      for (const d of list.items.filter((x) => x.hasTable)) {
        const view = ok(await session.cloud.call<Res<'public', 'disclosures.get'>>('public', 'disclosures.get', { id: d.id }));
        if (view.table && view.table.rows.length >= 3 && view.table.columns.some((c) => c.includes('补助')))
          return { id: d.id, village: v.code };
      }
    }
  }
  throw new Error('演示数据里应有带补助金额的危房改造名单');
}

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const sizes = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    const pageEl = document.querySelector('.taro_page_stationed:not(.taro_page_shade)');
    return { doc: [el.scrollWidth, el.clientWidth], page: pageEl ? [pageEl.scrollWidth, pageEl.clientWidth] : [0, 0] };
  });
  assert.ok(sizes.doc[0] <= sizes.doc[1], `${what}：页面不应左右滚动（${sizes.doc.join(' > ')}）`);
  assert.ok(sizes.page[0] <= sizes.page[1], `${what}：页面内容不应左右滚动（${sizes.page.join(' > ')}）`);
}

/** Is the whole element inside the 390 px wide window? */
async function fullyInView(el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  return Boolean(box && box.width > 0 && box.x >= 0 && box.x + box.width <= 390);
}

test('a 危房改造 list reads as cards at 390 px, and 在名单中查找 finds one household', async () => {
  const { id } = await housingList();
  const view = ok(await session.cloud.call<Res<'public', 'disclosures.get'>>('public', 'disclosures.get', { id }));
  const table = view.table!;
  const money = table.columns.findIndex((c) => c.includes('补助'));
  const r = await session.contextAs('demo-xinjin-resident');
  await r.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=${encodeURIComponent(id)}`);
  const cur = await currentPage(r.page, '/pages/disclosure/index');
  const rows = cur.locator('[role="table"] [role="row"]:not(.table__row--head)');
  await rows.first().waitFor();
  assert.equal(await rows.count(), table.rows.length);
  await noSidewaysScroll(r.page, '危房改造名单');
  assert.equal(await cur.locator('[role="columnheader"]').first().isVisible(), false, '手机上每张卡片自带列名，不再有表头行');
  for (let i = 0; i < table.rows.length; i++) {
    const row = rows.nth(i);
    // Every column labelled in the card, 补助金额 with its value, inside the window.
    const cells = row.locator('[role="cell"]');
    assert.equal(await cells.count(), table.columns.length);
    const cell = cells.nth(money);
    await cell.scrollIntoViewIfNeeded();
    assert.ok(await cell.locator('.table__label').isVisible(), `第${i + 1}行：补助金额应带列名`);
    assert.equal((await cell.locator('.table__label').innerText()).trim(), table.columns[money]);
    assert.equal((await cell.locator('.table__value').innerText()).trim(), table.rows[i][money]);
    assert.ok(await fullyInView(cell.locator('.table__value')), `第${i + 1}行的补助金额应整个看得见`);
  }
  await screenshotPage(r.page, cur, 'phone-list-cards.png');

  // 在名单中查找: a name that occurs once narrows the list to that row.
  const nameCol = table.columns.findIndex((c) => /姓名|户主/.test(c));
  assert.ok(nameCol >= 0, '名单应有姓名列');
  const names = table.rows.map((row) => row[nameCol]);
  const unique = names.find((n) => names.filter((m) => m.includes(n)).length === 1)!;
  const box = cur.getByRole('searchbox', { name: /在名单中查找/ });
  await box.fill(unique);
  await cur.getByText('找到1行', { exact: true }).waitFor();
  assert.equal(await rows.count(), 1);
  assert.equal((await rows.first().locator('[role="cell"]').nth(nameCol).locator('.table__value').innerText()).trim(), unique);
  await box.fill('查无此人');
  await cur.getByText(/名单里没有找到这个名字/).waitFor();
  assert.equal(await rows.count(), 0);
  await box.fill('');
  assert.equal(await rows.count(), table.rows.length);

  // Wide screens keep the table, with its column headers.
  await r.page.setViewportSize({ width: 1024, height: 800 });
  assert.ok(await cur.locator('[role="columnheader"]').first().isVisible(), '宽屏应保留表头');
  assert.equal(await cur.locator('[role="cell"] .table__label').first().isVisible(), false, '宽屏的格子里不重复列名');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test('the complaint box takes focus from a tap near its bottom, has 16 px text or more, and grows', async () => {
  const { village } = await housingList();
  const r = await session.contextAs('demo-xinjin-resident');
  await r.page.goto(`${session.cloud.url}/#/packages/complaint/pages/new/index?code=${village}`);
  const cur = await currentPage(r.page, '/packages/complaint/pages/new/index');
  const host = cur.locator('.cm-textbox').first();
  await host.scrollIntoViewIfNeeded();
  const box = (await host.boundingBox())!;
  assert.ok(box.height >= 120, `文本框应够高：${box.height}`);
  await r.page.mouse.click(box.x + box.width / 2, box.y + box.height - 6);
  assert.equal(await r.page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', '点文本框下部也应能输入');
  const area = cur.locator('.cm-textbox textarea').first();
  const fontPx = await area.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontPx >= 16, `文本框字号应至少16px：${fontPx}`);
  const areaBox = (await area.boundingBox())!;
  assert.ok(areaBox.height >= box.height - 4, '输入区应填满整个框');
  await r.page.keyboard.type(Array.from({ length: 12 }, (_x, i) => `第${i + 1}行：公示名单里有一户不符合条件`).join('\n'));
  const grown = (await host.boundingBox())!;
  assert.ok(grown.height > box.height + 50, `文本框应随文字变高：${box.height} -> ${grown.height}`);
  const overflow = await area.evaluate((el) => el.scrollHeight - el.clientHeight);
  assert.ok(overflow <= 2, '文字都看得见，不用在框里滚动');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test('back and home on H5: a deep link leads home, an unknown address and a missing disclosure too', async () => {
  const r = await session.contextAs('demo-xinjin-resident');
  // An unknown route: a page that says so, with a way home.
  await r.page.goto(`${session.cloud.url}/#/pages/no-such-page/index`);
  let cur = await currentPage(r.page, '/pages/notfound/index');
  await cur.getByText('页面不存在', { exact: true }).waitFor();
  await press(cur.getByRole('button', { name: '返回首页' }));
  cur = await currentPage(r.page, '/pages/index/index');
  assert.equal(await cur.getByRole('navigation').count(), 0, '首页（第一页）不需要导航条');

  // A disclosure that is not there: 返回首页, not 重试.
  await r.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=no-such-disclosure`);
  cur = await currentPage(r.page, '/pages/disclosure/index');
  await cur.getByText('没有找到这条公开信息').waitFor();
  assert.equal(await cur.getByRole('button', { name: '重试' }).count(), 0, '找不到的内容重试也没用');
  const home = cur.getByRole('navigation').getByRole('link', { name: '首页' });
  assert.ok(await home.isVisible(), '从链接打开的页面应有“首页”');
  await press(cur.getByRole('button', { name: '返回首页' }));
  cur = await currentPage(r.page, '/pages/index/index');

  // Opened from home, a page has 返回 that goes back.
  await r.page.goto(`${session.cloud.url}/#/pages/search/index?q=${encodeURIComponent('修房子')}`);
  cur = await currentPage(r.page, '/pages/search/index');
  const first = cur.locator('.row').first();
  await first.waitFor();
  await press(first);
  const next = r.page.locator('.taro_page.taro_page_stationed:not(.taro_page_shade)').last();
  const back = next.getByRole('navigation').getByRole('button', { name: /返回/ });
  await back.waitFor();
  await press(back);
  await currentPage(r.page, '/pages/search/index');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test('the printable A4 notice keeps every name, ID number and amount on one line, even beside long notes', async () => {
  const { id } = await housingList();
  const view = ok(await session.cloud.call<Res<'public', 'disclosures.get'>>('public', 'disclosures.get', { id }));
  // The demo list with a long 备注 column added, the kind that squeezed the names.
  const note = '经村民代表会议评议，符合危房改造补助条件，已入户核实房屋结构和家庭人口情况';
  const table = { columns: [...view.table!.columns, '备注'], rows: view.table!.rows.map((r) => [...r, note]) };
  const r = await session.contextAs('demo-xinjin-resident');
  // A4 paper less its margins (178 mm at 96 dpi), as printed.
  await r.page.setViewportSize({ width: 673, height: 1000 });
  await r.page.emulateMedia({ media: 'print' });
  await r.page.setContent(noticeHtml({ disclosure: { ...view, table }, qrMarkup: '<svg></svg>', url: 'https://gongkai.example.cn' }));
  const lines = await r.page.evaluate(() => {
    const head = Array.from(document.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
    const out: Array<[string, string, number]> = [];
    for (const tr of Array.from(document.querySelectorAll('tbody tr'))) {
      Array.from(tr.children).forEach((td, i) => {
        if (!/姓名|户主|身份证|金额|补助/.test(head[i])) return;
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
        out.push([head[i], td.textContent ?? '', tops.size]);
      });
    }
    return out;
  });
  assert.ok(lines.length > 0, '打印页应有名单');
  for (const [col, text, n] of lines) assert.equal(n, 1, `${col}“${text}”应在一行里`);
  // The real page of this disclosure has its QR code.
  await r.page.emulateMedia({ media: 'screen' });
  await r.page.goto(`${session.cloud.url}/print/${encodeURIComponent(id)}`);
  assert.ok(await r.page.locator('.qr svg').isVisible(), '打印页应有二维码');
  await r.context.close();
});
