// Drawing steps (core/publicity/a4-layout.ts DrawOp) on a 2D canvas, and getting the picture out:
// shared by 打印公示 (src/packages/cadre/print-image.ts) and the 公示 share card
// (src/packages/share). Imported only by subpackage pages, so it stays out of the main package.
import Taro from '@tarojs/taro';
import type { DrawOp, Measure } from '@core/publicity/a4-layout';

/* eslint-disable @typescript-eslint/no-explicit-any -- the canvas 2D API of the mini-program has no types in Taro */
type Canvas = any;

const FONT = '"PingFang SC", "Microsoft YaHei", sans-serif';

const fontOf = (px: number, bold?: boolean) => `${bold ? 'bold ' : ''}${px}px ${FONT}`;

/** The canvas's own text measure, for the layouts. */
export function canvasMeasure(ctx: Canvas): Measure {
  return (text, px) => {
    ctx.font = fontOf(px);
    return ctx.measureText(text).width as number;
  };
}

/** Draws `ops`; the code image where a `code` step is (left blank when there is none). */
export function drawOps(ctx: Canvas, ops: DrawOp[], code: Canvas | null): void {
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 2;
  ctx.textBaseline = 'top';
  for (const o of ops) {
    if (o.kind === 'text') {
      ctx.fillStyle = o.color ?? '#000000';
      ctx.font = fontOf(o.px, o.bold);
      ctx.fillText(o.text, o.x, o.y);
    } else if (o.kind === 'rect') {
      ctx.fillStyle = o.color;
      ctx.fillRect(o.x, o.y, o.w, o.h);
    } else if (o.kind === 'line') {
      ctx.beginPath();
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.stroke();
    } else if (code) ctx.drawImage(code, o.x, o.y, o.size, o.size);
  }
}

/** weapp: a data URL (the mini-program code) as an image of `canvas`. */
export function loadCanvasImage(canvas: Canvas, dataUrl: string): Promise<Canvas> {
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

/** H5: a data URL as an image a DOM canvas can draw. */
export function loadDomImage(dataUrl: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = dataUrl;
  });
}

/** weapp: saves a picture to the album; refused before, it explains and offers the setting. */
export async function saveToAlbum(filePath: string, retryLabel: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
  } catch (e) {
    // Refused once: WeChat asks no more; lead the person to the setting.
    if (/auth|deny|denied/i.test(String((e as { errMsg?: string })?.errMsg ?? e))) {
      const r = await Taro.showModal({
        title: '需要保存到相册',
        content: `请在设置里允许“保存到相册”，再点一次“${retryLabel}”。`,
        confirmText: '去设置',
      });
      if (r.confirm) await Taro.openSetting();
    }
    throw e;
  }
}
