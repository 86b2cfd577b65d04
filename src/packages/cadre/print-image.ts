// weapp 打印公示: the A4 notice drawn on a 2D canvas (core/publicity/a4-layout.ts) and saved to
// the phone's album, one picture per page, with the disclosure's mini-program code on it. A
// picture because a cadre prints from the phone: the album is what every print shop, printer
// app and 文件传输助手 takes, and the phone's own fonts draw the Chinese (a PDF made by a cloud
// function would have to carry a Chinese font of several MB).
import Taro from '@tarojs/taro';
import type { DisclosureView } from '@core/api/public-views';
import { A4, layoutNotice, type DrawOp, type NoticeContent } from '@core/publicity/a4-layout';
import { callPublic } from '../../services/api';

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

const FONT = '"PingFang SC", "Microsoft YaHei", sans-serif';

function draw(ctx: Canvas, ops: DrawOp[], code: Canvas | null): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, A4.width, A4.height);
  ctx.fillStyle = '#000000';
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 2;
  ctx.textBaseline = 'top';
  for (const o of ops) {
    if (o.kind === 'text') {
      ctx.font = `${o.bold ? 'bold ' : ''}${o.px}px ${FONT}`;
      ctx.fillText(o.text, o.x, o.y);
    } else if (o.kind === 'line') {
      ctx.beginPath();
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.stroke();
    } else if (code) ctx.drawImage(code, o.x, o.y, o.size, o.size);
  }
}

function loadImage(canvas: Canvas, dataUrl: string): Promise<Canvas> {
  // The canvas image takes a file path: write the data URL's bytes to a user file first.
  const [head, base64] = dataUrl.split(',');
  const ext = /png/.test(head) ? 'png' : 'jpg';
  const path = `${(Taro as any).env.USER_DATA_PATH}/gongkai-code.${ext}`;
  Taro.getFileSystemManager().writeFileSync(path, base64, 'base64');
  return new Promise((resolve, reject) => {
    const img = canvas.createImage();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = path;
  });
}

async function saveToAlbum(filePath: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
  } catch (e) {
    // Refused once: WeChat asks no more; lead the person to the setting.
    if (/auth|deny|denied/i.test(String((e as { errMsg?: string })?.errMsg ?? e))) {
      const r = await Taro.showModal({
        title: '需要保存到相册',
        content: '请在设置里允许“保存到相册”，再点一次“打印公示”。',
        confirmText: '去设置',
      });
      if (r.confirm) await Taro.openSetting();
    }
    throw e;
  }
}

/** Draws the notice's pages and saves them to the album; resolves with the number of pages saved. */
export async function saveNoticeImages(id: string): Promise<number> {
  const [d, code] = await Promise.all([callPublic('disclosures.get', { id }), callPublic('disclosures.code', { id }).catch(() => null)]);
  const canvas: Canvas = (Taro as any).createOffscreenCanvas({ type: '2d', width: A4.width, height: A4.height });
  const ctx = canvas.getContext('2d');
  const measure = (text: string, px: number) => {
    ctx.font = `${px}px ${FONT}`;
    return ctx.measureText(text).width as number;
  };
  const pages = layoutNotice(noticeContent(d), measure);
  const codeImage = code ? await loadImage(canvas, code.image) : null;
  for (const ops of pages) {
    draw(ctx, ops, codeImage);
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'jpg', quality: 0.92 } as any);
    await saveToAlbum(tempFilePath);
  }
  return pages.length;
}
