// Accessibility of every H5 page in Chromium at 390 px wide: axe-core 4 (WCAG 2.x A/AA and best
// practice) finds no serious or critical violation — names for buttons and fields, roles,
// keyboard access, text contrast 4.5:1 — and the edges of text boxes, options and switches
// reach 3:1, disabled and picker text 4.5:1 (control-contrast.ts). The resident's pages with
// demo data, normally and in care mode; the staff pages as the demo unit, cadre, reviewer and
// admin; the H5 date picker open.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, formatViolations } from './axe';
import { cloudSession, currentPage, press } from './browser';
import { lowContrast } from './control-contrast';
import { residentLeg, staffLegs, unvisited, type Leg } from './tour';

const session = cloudSession();

async function check(page: Page, cur: Locator, what: string, found: string[]): Promise<void> {
  const v = await axeViolations(page);
  const low = await lowContrast(cur);
  if (v.length || low.length) found.push(`${what}：\n${formatViolations(v)}${low.map((x) => `\n  [对比度] ${x}`).join('')}`);
}

async function walk(page: Page, leg: Leg, label: string, found: string[]): Promise<void> {
  for (const s of leg.stops) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.cloud.url}/#${s.url}`);
    const cur = await currentPage(page, s.path);
    // Lists and details load after the page shows; then the window grows to the whole page, as
    // axe leaves out what is scrolled out of sight.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const height = await cur.evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 8000) });
    await check(page, cur, `${s.what}${label}`, found);
    if (s.picker) {
      // Taro opens the wheel in <body>, outside the page.
      await page.setViewportSize({ width: 390, height: 844 });
      await press(cur.getByRole('button', { name: s.picker }).first());
      const actions = page.locator('.weui-picker__action:visible');
      await actions.first().waitFor();
      await page.waitForTimeout(400); // the sheet slides up
      await check(page, page.locator('body'), `${s.what}${label}（选择器打开）`, found);
      await actions.first().click();
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

test('every H5 page: no serious or critical axe-core violation, control edges 3:1', async () => {
  const resident = await residentLeg(session.cloud);
  const staff = await staffLegs(session.cloud);
  assert.deepEqual(unvisited([resident, ...staff]), [], '每个页面都应检查到');
  const found: string[] = [];

  const r = await session.contextAs(resident.openid);
  await walk(r.page, resident, '', found);
  // Care mode changes sizes and colours: every resident page again with 大字 on.
  await r.page.goto(`${session.cloud.url}/`);
  const cur = await currentPage(r.page, '/pages/index/index');
  const toggle = cur.getByRole('switch', { name: /大字模式/ });
  await press(toggle);
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');
  await walk(r.page, resident, '（大字模式）', found);
  assert.deepEqual(r.errors, [], '页面不应有脚本错误');
  await r.context.close();

  for (const leg of staff) {
    const s = await session.contextAs(leg.openid);
    await walk(s.page, leg, '', found);
    assert.deepEqual(s.errors, [], `${leg.openid}：页面不应有脚本错误`);
    await s.context.close();
  }
  assert.equal(found.join('\n\n'), '', '不应有严重的无障碍问题');
});
