// 关怀模式 (care mode) in Chromium at 390×844: tapping 大字 on the home page makes every resident
// page's text at least 18 px and its tap targets at least 48 px tall, remembered across pages;
// a browser whose default font is large gets care mode without a tap. Measured from computed
// styles, as a person with poor sight would meet them.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Res } from '../../core/api/contracts';
import { ok } from '../helpers/local-cloud';
import { cloudSession, currentPage, press } from './browser';
import { smallThings } from './care-measure';

const session = cloudSession();

async function assertLarge(page: Page, path: string, what: string): Promise<void> {
  const cur = await currentPage(page, path);
  await page.waitForTimeout(300);
  const small = await smallThings(cur);
  assert.deepEqual(small.text, [], `${what}：关怀模式下不应有小于18px的文字`);
  assert.deepEqual(small.targets, [], `${what}：关怀模式下点按目标不应小于48px`);
}

test('大字 turns on care mode for every resident page; a large browser font turns it on by itself', async () => {
  const villages = ok(await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: '510118' }));
  const town = villages.items[0];
  const inTown = ok(await session.cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: town.code }));
  const village = inTown.items[0];
  const list = ok(
    await session.cloud.call<Res<'public', 'disclosures.list'>>('public', 'disclosures.list', {
      regionCode: village.code,
      domain: 'poverty_alleviation',
    }),
  );
  const disclosure = list.items[0];

  const r = await session.contextAs('demo-xinjin-resident');
  await r.page.goto(`${session.cloud.url}/`);
  let cur = await currentPage(r.page, '/pages/index/index');
  const toggle = cur.getByRole('switch', { name: /大字模式/ });
  assert.equal(await toggle.getAttribute('aria-checked'), 'false', '默认字号的浏览器里关怀模式应是关的');
  await press(toggle);
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');
  await assertLarge(r.page, '/pages/index/index', '首页');

  const pages: Array<[string, string, string]> = [
    [`/pages/village/index?code=${village.code}`, '/pages/village/index', '村页面'],
    [`/pages/domain/index?code=${village.code}&domain=poverty_alleviation`, '/pages/domain/index', '领域页面'],
    [`/pages/item/index?id=${encodeURIComponent(disclosure.itemId)}&code=${village.code}`, '/pages/item/index', '事项页面'],
    [`/pages/disclosure/index?id=${encodeURIComponent(disclosure.id)}`, '/pages/disclosure/index', '公开信息页面'],
    ['/pages/search/index?q=修房子', '/pages/search/index', '搜索页面'],
  ];
  for (const [url, path, what] of pages) {
    await r.page.goto(`${session.cloud.url}/#${url}`);
    cur = await currentPage(r.page, path);
    await assertLarge(r.page, path, what);
  }
  assert.deepEqual(r.errors, [], '页面不应有脚本错误');
  await r.context.close();

  // A browser set to a 24 px default font: care mode without a tap (until the person chooses).
  const big = await session.contextAs('demo-xinjin-resident');
  const cdp = await big.context.newCDPSession(big.page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await big.page.goto(`${session.cloud.url}/`);
  cur = await currentPage(big.page, '/pages/index/index');
  const auto = cur.getByRole('switch', { name: /大字模式/ });
  assert.equal(await auto.getAttribute('aria-checked'), 'true', '浏览器默认字号大时应自动打开关怀模式');
  assert.ok(await cur.locator('.screen--care').count(), '页面应使用关怀模式的样式');
  // The person's own choice wins and is remembered.
  await press(auto);
  assert.equal(await auto.getAttribute('aria-checked'), 'false');
  await big.page.reload();
  cur = await currentPage(big.page, '/pages/index/index');
  assert.equal(await cur.getByRole('switch', { name: /大字模式/ }).getAttribute('aria-checked'), 'false');
  await big.context.close();
});
