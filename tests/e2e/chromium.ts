// Debian's Chromium driven by playwright-core (`npx playwright install` cannot work here), with
// the flags this machine needs: no sandbox as root, and no background networking, whose
// connections the closed network refuses. Used by the e2e journeys and the bench.
import { chromium, type Browser } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
