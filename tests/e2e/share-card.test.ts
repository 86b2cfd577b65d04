// 生成分享图片: a resident opens a 公示 running in their village (H5), taps 生成分享图片 and gets
// the 750×1000 card with the code drawn where it belongs (not blank), to long-press or download.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Res } from '../../core/api/contracts';
import { CARD } from '../../core/publicity/share-card';
import { ok } from '../helpers/local-cloud';
import { axeViolations, formatViolations } from './axe';
import { lowContrast } from './control-contrast';
import { ARTIFACTS, cloudSession, currentPage, press, screenshotPage } from './browser';

const session = cloudSession();

test('a running 公示 becomes a share card with its code, shown to long-press and downloadable', async () => {
  const openid = 'demo-xinjin-resident';
  const village = (await session.cloud.store.getAccount(openid))!.regionCodes[0];
  const list = ok(
    await session.cloud.call<Res<'public', 'disclosures.list'>>('public', 'disclosures.list', {
      regionCode: village,
      domain: 'rural_housing_renovation',
    }),
  );
  const running = list.items.find((d) => d.publicity?.state === '公示中' && d.hasTable);
  assert.ok(running, '演示村应有公示中的危房改造名单');

  const p = await session.contextAs(openid);
  await p.page.goto(`${session.cloud.url}/#/pages/disclosure/index?id=${encodeURIComponent(running.id)}`);
  let cur = await currentPage(p.page, '/pages/disclosure/index');
  await press(cur.getByRole('button', { name: '生成分享图片' }));

  cur = await currentPage(p.page, '/packages/share/pages/card/index');
  const img = cur.locator('img[src^="data:image/png"]');
  await img.waitFor({ timeout: 15_000 });
  const code = { x: CARD.margin, y: CARD.height - CARD.margin - CARD.codeSize, size: CARD.codeSize };
  const seen = await img.evaluate(async (el: HTMLImageElement, box) => {
    const pic = new Image();
    pic.src = el.src;
    await pic.decode();
    const c = document.createElement('canvas');
    c.width = pic.naturalWidth;
    c.height = pic.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(pic, 0, 0);
    const d = ctx.getImageData(box.x, box.y, box.size, box.size).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) dark++;
    const band = ctx.getImageData(5, 5, 1, 1).data;
    return { width: pic.naturalWidth, height: pic.naturalHeight, darkShare: dark / (box.size * box.size), band: Array.from(band) };
  }, code);
  // The whole card shows on the page, not a slice of it.
  // Taro's image box (the img's parent) clips what does not fit in it.
  const shown = await img.locator('xpath=..').boundingBox();
  assert.ok(shown && Math.abs(shown.height / shown.width - CARD.height / CARD.width) < 0.02, `分享图应完整显示：${JSON.stringify(shown)}`);
  const dataUrl = await img.getAttribute('src');
  writeFileSync(join(ARTIFACTS, 'share-card-image.png'), Buffer.from(dataUrl!.split(',')[1], 'base64'));
  assert.equal(seen.width, CARD.width);
  assert.equal(seen.height, CARD.height);
  // A QR code is roughly half dark modules: blank would be 0, a solid box 1.
  assert.ok(seen.darkShare > 0.2 && seen.darkShare < 0.8, `小程序码区域应画出码（深色占比 ${seen.darkShare.toFixed(2)}）`);
  assert.ok(seen.band[0] > 150 && seen.band[1] < 80, `顶部应是红色标题栏：${seen.band.join(',')}`);

  // A screen reader names the picture; the page passes axe-core as every page of the tour does.
  assert.match((await img.getAttribute('alt')) ?? '', /^公示分享图片：/);
  await p.page.setViewportSize({ width: 390, height: 1400 });
  const violations = await axeViolations(p.page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(await lowContrast(cur), []);
  await p.page.setViewportSize({ width: 390, height: 844 });

  // H5: a download as well as the long-press.
  const [download] = await Promise.all([p.page.waitForEvent('download'), press(cur.getByRole('button', { name: '下载图片' }))]);
  assert.match(download.suggestedFilename(), /-公示\.png$/);
  await screenshotPage(p.page, cur, 'share-card.png');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
