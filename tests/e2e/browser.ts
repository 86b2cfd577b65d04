// Shared by the e2e tests: Debian Chromium launched the way that works on these machines,
// the H5 build, the local cloud serving it with browser contexts signed in as demo accounts,
// and helpers that wait for Taro's page slide-in and paginated lists.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './chromium';
import { ensureH5Build, H5_DIR, ROOT } from './h5-build';
import type { DevAccount } from '../../src/services/api';
import { startTestCloud, type TestCloud } from '../helpers/local-cloud';

export { ROOT, H5_DIR };
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export { ensureH5Build };
export { launchBrowser };

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, to assert there were none. */
  errors: string[];
}

export interface CloudSession {
  /** The local cloud (seeded SQLite) serving the H5 build; there from beforeAll() on. */
  readonly cloud: TestCloud;
  devAccounts(): Promise<DevAccount[]>;
  /** A browser context signed in as `openid` (the dev session cookie, as the account picker sets it). */
  contextAs(openid: string): Promise<SignedIn>;
}

/**
 * For a test file that drives the H5 build as demo accounts: beforeAll() builds H5 when there is
 * none, starts the local cloud serving it and Chromium; afterAll() closes both.
 */
export function cloudSession(): CloudSession {
  let cloud: TestCloud | null = null;
  let browser: Browser | null = null;

  beforeAll(async () => {
    ensureH5Build();
    // On the demo seed on purpose: the journeys are the demo's (its accounts, places and data).
    cloud = await startTestCloud({ seed: 'demo', h5Dir: H5_DIR });
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await cloud?.close().catch(() => undefined);
  });

  const session: CloudSession = {
    get cloud(): TestCloud {
      assert.ok(cloud, '本地云还没有启动');
      return cloud;
    },
    async devAccounts() {
      const answer = (await (await session.cloud.raw('/api/dev/accounts')).json()) as { ok: true; data: { accounts: DevAccount[] } };
      return answer.data.accounts;
    },
    async contextAs(openid) {
      const cookie = await session.cloud.login(openid);
      const at = cookie.indexOf('=');
      assert.ok(browser, 'Chromium 还没有启动');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: session.cloud.url }]);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { context, page, errors };
    },
  };
  return session;
}

/** The page on top once Taro's slide-in animation has finished. */
export async function currentPage(page: Page, path: string): Promise<Locator> {
  const loc = page.locator(`.taro_page.taro_page_stationed:not(.taro_page_shade)[id^="${path}"]`);
  await loc.waitFor({ state: 'visible', timeout: 15_000 });
  return loc;
}

/** Clicks 加载更多 until `target` shows (lists paginate with `next`). */
export async function revealInList(scope: Locator, target: Locator, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await target.isVisible()) return;
    const more = scope.getByRole('button', { name: '加载更多' });
    if (await more.isVisible()) await more.click();
    else await scope.page().waitForTimeout(200);
  }
  assert.fail(`列表里没有出现：${what}`);
}

/** Grows the window to the page's height (Taro scrolls inside the page element) and saves a picture. */
export async function screenshotPage(page: Page, cur: Locator, file: string): Promise<void> {
  const height = await cur.evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 6000) });
  await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
}

/**
 * Clicks a Taro button (`.btn`, display:flex) as a finger would. Taro H5 wraps a page that
 * has pull-to-refresh in `<taro-pull-to-refresh-core>`, an inline element around block
 * content; Chromium's elementsFromPoint then lists that wrapper above a flex box, so
 * Playwright's hit-target check reports it "intercepts pointer events" although a real
 * click at that point reaches the button (checked with page.mouse). Wait for the button to
 * be visible, bring it into view, and click it without that check.
 */
export async function press(target: Locator): Promise<void> {
  await target.waitFor({ state: 'visible' });
  await target.scrollIntoViewIfNeeded();
  await target.click({ force: true });
}

/** Waits for Taro's toast (e.g. 已签收) to go away, so a screenshot shows the page itself. */
export async function toastGone(page: Page): Promise<void> {
  await page
    .locator('.taro__toast')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
}
