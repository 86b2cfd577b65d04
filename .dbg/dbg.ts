import { launchBrowser } from '../tests/e2e/chromium';
import { startTestCloud } from '../tests/helpers/local-cloud';
(async () => {
  const cloud = await startTestCloud({ h5Dir: '/work/main/build/h5' });
  const b = await launchBrowser();
  const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
  const cookie = await cloud.login('demo-xinjin-cadre');
  const [name, value] = cookie.split(';')[0].split('=');
  await ctx.addCookies([{ name, value, url: cloud.url }]);
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await p.goto(cloud.url + '/#/packages/cadre/pages/edit/index');
  await p.waitForTimeout(4000);
  await p.getByRole('button', { name: '预览', exact: true }).last().click();
  await p.waitForTimeout(2000);
  console.log((await p.locator('.taro_page_stationed').last().innerText()).slice(0, 1500));
  await b.close();
  await cloud.close();
})();
