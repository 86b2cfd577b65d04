// A resident looks things up: home -> 新津区 -> a town -> a village -> 扶贫 -> an item ->
// a disclosure in its 公示 period. Drives the real H5 build against the local cloud (SQLite,
// seeded demo data) in Debian Chromium, by the Chinese text a person sees.
import { afterAll, beforeAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import type { DisclosureSummary } from '../../core/api/public-views';
import type { ActionName, Req, Res } from '../../core/api/contracts';
import type { Region } from '../../core/model';
import { seedDemo } from '../../scripts/seed-lib';
import { startServer } from '../../server/app';
import { ARTIFACTS, currentPage, ensureH5Build, H5_DIR, launchBrowser, revealInList } from './browser';

const COUNTY = { code: '510118', name: '新津区' };
const DOMAIN_NAME = '扶贫';

let server: { url: string; close(): Promise<void> } | null = null;
let browser: Browser | null = null;
let workDir = '';

async function api<A extends ActionName<'public'>>(action: A, data: Req<'public', A>): Promise<Res<'public', A>> {
  const resp = await fetch(`${server!.url}/api/public`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, data }),
  });
  const answer = (await resp.json()) as { ok: boolean; data?: Res<'public', A>; code?: string; message?: string };
  if (!answer.ok) throw new Error(`${action}: ${answer.code} ${answer.message}`);
  return answer.data as Res<'public', A>;
}

async function allChildren(code: string): Promise<Region[]> {
  const out: Region[] = [];
  let cursor: string | undefined;
  do {
    const page = await api('regions.children', cursor ? { code, cursor } : { code });
    out.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return out;
}

async function allDisclosures(regionCode: string, domain: string): Promise<DisclosureSummary[]> {
  const out: DisclosureSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await api('disclosures.list', cursor ? { regionCode, domain, cursor } : { regionCode, domain });
    out.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return out;
}

interface Target {
  town: Region;
  village: Region;
  /** Count on the 扶贫 tile. */
  count: number;
  /** A 扶贫 disclosure to open through domain -> item -> disclosure. */
  domainPick: DisclosureSummary;
  /** A 公示 running now in the village, with ID numbers in its list. */
  running: DisclosureSummary;
}

/** Does the public view of this disclosure carry a column of ID numbers? */
async function hasIdColumn(id: string): Promise<boolean> {
  const view = await api('disclosures.get', { id });
  return !!view.table?.columns.some((c) => /身份证/.test(c));
}

/**
 * What a resident of a demo village already knows: where they live. Found through the public
 * API: a village of 新津区 with a 公示 running now whose list has ID numbers, and the 扶贫
 * disclosure there a resident would most want to read (a running 公示, else a list).
 */
async function findTarget(): Promise<Target> {
  const { county } = await api('regions.get', { code: COUNTY.code });
  const domain = county?.domains.find((d) => d.name === DOMAIN_NAME || d.shortName === DOMAIN_NAME);
  assert.ok(domain, `${COUNTY.name}的目录里应有“${DOMAIN_NAME}”领域`);
  for (const town of await allChildren(COUNTY.code)) {
    for (const village of await allChildren(town.code)) {
      const summary = await api('disclosures.summary', { regionCode: village.code });
      const count = summary.counts[domain.id] ?? 0;
      if (count === 0) continue;
      let running: DisclosureSummary | null = null;
      for (const d of summary.running) {
        if (d.publicity?.state === '公示中' && d.hasTable && (await hasIdColumn(d.id))) {
          running = d;
          break;
        }
      }
      if (!running) continue;
      const list = await allDisclosures(village.code, domain.id);
      const score = (d: DisclosureSummary) =>
        (d.publicity?.state === '公示中' ? 8 : 0) + (d.publicity ? 4 : 0) + (d.hasTable ? 2 : 0) + (d.regionCode === village.code ? 1 : 0);
      const domainPick = [...list].sort((a, b) => score(b) - score(a))[0];
      if (!domainPick) continue;
      return { town, village, count, domainPick, running };
    }
  }
  assert.fail(`演示数据里${COUNTY.name}应有一个村正在公示带身份证号的名单，且有“${DOMAIN_NAME}”公开信息`);
}

beforeAll(async () => {
  ensureH5Build();
  workDir = mkdtempSync(join(tmpdir(), 'gongkai-e2e-'));
  const dbPath = join(workDir, 'e2e.sqlite');
  await seedDemo(dbPath);
  server = await startServer({ port: 0, host: '127.0.0.1', dbPath, h5Dir: H5_DIR, dev: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The ID-number column of the table on the disclosure page: every cell masked. */
async function assertMaskedIds(cur: Locator): Promise<number> {
  const headers = await cur.locator('.table__row--head .table__cell').allInnerTexts();
  const col = headers.findIndex((h) => /身份证/.test(h));
  if (col < 0) return 0;
  const rows = cur.locator('.table__row:not(.table__row--head)');
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    const cell = (await rows.nth(i).locator('.table__cell').nth(col).locator('.table__value').innerText()).trim();
    assert.match(cell, /^\d{2,6}\*{4,}\d{2,3}[\dXx]$/, `身份证号应部分隐去：${cell}`);
  }
  return n;
}

const FULL_ID = /(?<!\d)\d{17}[\dXx](?!\d)/;

test('a resident looks up 扶贫 and a running 公示 of their village', async () => {
  const { town, village, count, domainPick, running } = await findTarget();
  const item = await api('catalog.get', { id: domainPick.itemId });
  const pickView = await api('disclosures.get', { id: domainPick.id });
  const runningView = await api('disclosures.get', { id: running.id });

  const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  // Home: choose the county, the town, the village.
  await page.goto(`${server!.url}/`);
  let cur = await currentPage(page, '/pages/index/index');
  await cur.getByText('第1步：选择县（区、市）').waitFor();
  await cur.getByText(COUNTY.name, { exact: true }).click();
  await cur.getByText('第2步：选择乡镇（街道）').waitFor();
  const townRow = cur.getByText(town.name, { exact: true });
  await revealInList(cur, townRow, town.name);
  await townRow.click();
  await cur.getByText('第3步：选择村（社区）').waitFor();
  const villageRow = cur.getByText(village.name, { exact: true });
  await revealInList(cur, villageRow, village.name);
  await villageRow.click();

  // Village: its title with the path, the 公示 running now, the 扶贫 tile with a count.
  cur = await currentPage(page, '/pages/village/index');
  await cur.locator('.h1', { hasText: village.name }).waitFor();
  await cur.getByText(`${COUNTY.name}·${town.name}·${village.name}`, { exact: true }).first().waitFor();
  await cur.getByText(running.title, { exact: true }).first().waitFor();
  await cur.getByText(`还剩${running.publicity!.daysLeft}天`, { exact: true }).first().waitFor();
  const tile = cur.getByRole('link', { name: new RegExp(`^${DOMAIN_NAME}，\\d+条公开信息$`) });
  await tile.waitFor();
  assert.equal(await tile.getAttribute('aria-label'), `${DOMAIN_NAME}，${count}条公开信息`);
  assert.match((await tile.innerText()).replace(/\s+/g, ''), new RegExp(`${count}条公开信息`));
  await tile.click();

  // Domain: catalog items with their state in words; open the item.
  cur = await currentPage(page, '/pages/domain/index');
  const itemTitle = cur.getByText(item.item.level2, { exact: true }).first();
  await itemTitle.waitFor();
  assert.ok(
    (await cur
      .locator('.badge')
      .filter({ hasText: /已公开|逾期未更新|暂无/ })
      .count()) > 0,
    '事项应有文字状态',
  );
  await itemTitle.click();

  // Item: every element with its label; the time limit in plain words; demo phones say so.
  cur = await currentPage(page, '/pages/item/index');
  await cur.locator('.h1', { hasText: item.item.level2 }).waitFor();
  for (const label of [
    '公开内容',
    '公开依据',
    '公开时限',
    '公开主体',
    '责任单位',
    '更新周期',
    '公开渠道',
    '公开对象',
    '公开方式',
    '公开层级',
    '咨询电话',
    '监督举报电话',
  ]) {
    assert.equal(await cur.getByText(label, { exact: true }).count(), 1, `事项页应有“${label}”`);
  }
  await cur.getByText(item.item.timeLimit.text, { exact: true }).first().waitFor();
  if (item.item.consultPhone.demo || item.item.reportPhone.demo) {
    assert.ok((await cur.getByText('演示号码', { exact: true }).count()) > 0, '演示号码应有标注');
  }

  // Back to the domain, then the 扶贫 disclosure.
  await page.goBack();
  cur = await currentPage(page, '/pages/domain/index');
  const row = cur.locator('.row__title').getByText(domainPick.title, { exact: true });
  await revealInList(cur, row.first(), domainPick.title);
  await row.first().click();

  cur = await currentPage(page, '/pages/disclosure/index');
  await cur.locator('.h1', { hasText: domainPick.title }).waitFor();
  if (pickView.publicity?.state === '公示中') {
    await cur.getByText(`公示中，还剩${pickView.publicity.daysLeft}天`, { exact: true }).waitFor();
  } else if (pickView.publicity?.state === '公示期满') {
    await cur.getByText('公示期满', { exact: true }).waitFor();
  }
  if (pickView.tableNote) await cur.getByText(pickView.tableNote).first().waitFor();
  await assertMaskedIds(cur);
  assert.doesNotMatch(await cur.innerText(), FULL_ID, '页面上不应出现完整的身份证号');

  // Back to the village and into the 公示 running now.
  await page.goBack();
  await currentPage(page, '/pages/domain/index');
  await page.goBack();
  cur = await currentPage(page, '/pages/village/index');
  await cur.getByText(running.title, { exact: true }).first().click();

  cur = await currentPage(page, '/pages/disclosure/index');
  await cur.locator('.h1', { hasText: running.title }).waitFor();
  const countdown = cur.getByText(/^公示中，还剩\d+天$/);
  await countdown.waitFor();
  assert.equal(await countdown.innerText(), `公示中，还剩${runningView.publicity!.daysLeft}天`);
  if (runningView.demo) await cur.getByText('（演示数据）').first().waitFor();
  const masked = await assertMaskedIds(cur);
  assert.ok(masked > 0, '正在公示的名单应显示（身份证号已隐去）');
  assert.doesNotMatch(await cur.innerText(), FULL_ID, '页面上不应出现完整的身份证号');

  // Taro scrolls inside the page element: grow the window to the page's height for the picture.
  const height = await cur.evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 6000) });
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'lookup-running-publicity.png'), fullPage: true });
  assert.deepEqual(pageErrors, [], '页面不应有脚本错误');
  await context.close();
});
