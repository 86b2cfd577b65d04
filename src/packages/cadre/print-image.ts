// weapp 打印公示: the A4 notice drawn on a 2D canvas (core/publicity/a4-layout.ts) and saved to
// the phone's album, one picture per page, with the disclosure's mini-program code on it. A
// picture because a cadre prints from the phone: the album is what every print shop, printer
// app and 文件传输助手 takes, and the phone's own fonts draw the Chinese (a PDF made by a cloud
// function would have to carry a Chinese font of several MB).
import Taro from '@tarojs/taro';
import type { DisclosureView } from '@core/api/public-views';
import { A4, layoutNotice, type DrawOp, type NoticeContent } from '@core/publicity/a4-layout';
import { callPublic } from '../../services/api';
import { canvasMeasure, drawOps, loadCanvasImage, saveToAlbum } from '../../services/canvas-image';

/* eslint-disable @typescript-eslint/no-explicit-any -- the canvas 2D API of the mini-program has no types in Taro */
type Canvas = any;

export function noticeContent(d: DisclosureView): NoticeContent {
  const period = d.publicity ? `公示期：${d.publicity.start} 至 ${d.publicity.end}` : '';
  const phone = (label: string, p?: { number: string; demo?: boolean }) =>
    p ? `${label}：${p.number}${p.demo ? '（演示号码）' : ''}` : '';
  return {
    title: d.title,
    meta: [d.regionName, period].filter(Boolean).join('　'),
    body: d.body,
    table: d.table,
    tableNote: d.tableNote,
    foot: [
      `责任单位：${d.unitName}`,
      phone('咨询电话', d.item?.consultPhone),
      phone('监督举报电话', d.item?.reportPhone),
      d.publicity ? '公示期内如有异议，微信扫码查看并提出异议，或拨打上面的电话' : '微信扫码在手机上查看',
      d.demo ? '（演示数据）' : '',
    ].filter(Boolean),
  };
}

function draw(ctx: Canvas, ops: DrawOp[], code: Canvas | null): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, A4.width, A4.height);
  drawOps(ctx, ops, code);
}

/** Draws the notice's pages and saves them to the album; resolves with the number of pages saved. */
export async function saveNoticeImages(id: string): Promise<number> {
  const [d, code] = await Promise.all([callPublic('disclosures.get', { id }), callPublic('disclosures.code', { id }).catch(() => null)]);
  const canvas: Canvas = (Taro as any).createOffscreenCanvas({ type: '2d', width: A4.width, height: A4.height });
  const ctx = canvas.getContext('2d');
  const pages = layoutNotice(noticeContent(d), canvasMeasure(ctx));
  const codeImage = code ? await loadCanvasImage(canvas, code.image) : null;
  for (const ops of pages) {
    draw(ctx, ops, codeImage);
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'jpg', quality: 0.92 } as any);
    await saveToAlbum(tempFilePath, '打印公示');
  }
  return pages.length;
}
