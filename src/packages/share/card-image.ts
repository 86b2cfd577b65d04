// Draws the 公示 share card (core/publicity/share-card.ts) with the disclosure's mini-program code:
// weapp on an offscreen canvas into a temp file (saved to the album or shared as an image), H5 on
// a DOM canvas into a PNG data URL the page shows, to long-press or download.
import Taro from '@tarojs/taro';
import type { DisclosureView } from '@core/api/public-views';
import { CARD, layoutShareCard, type ShareCardContent } from '@core/publicity/share-card';
import { callPublic } from '../../services/api';
import { canvasMeasure, drawOps, loadCanvasImage, loadDomImage } from '../../services/canvas-image';

/** The picture: a temp file path on weapp, a data URL on H5. */
export async function drawShareCard(d: DisclosureView, content: ShareCardContent): Promise<string> {
  // Without a code (no public address configured) the card still carries the words.
  const code = await callPublic('disclosures.code', { id: d.id }).catch(() => null);
  if (process.env.TARO_ENV === 'h5') {
    const canvas = document.createElement('canvas');
    canvas.width = CARD.width;
    canvas.height = CARD.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const image = code ? await loadDomImage(code.image).catch(() => null) : null;
    drawOps(ctx, layoutShareCard(content, canvasMeasure(ctx)), image);
    return canvas.toDataURL('image/png');
  }
  /* eslint-disable @typescript-eslint/no-explicit-any -- the mini-program canvas has no types in Taro */
  const canvas: any = (Taro as any).createOffscreenCanvas({ type: '2d', width: CARD.width, height: CARD.height });
  const ctx = canvas.getContext('2d');
  const image = code ? await loadCanvasImage(canvas, code.image).catch(() => null) : null;
  drawOps(ctx, layoutShareCard(content, canvasMeasure(ctx)), image);
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as any);
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return tempFilePath;
}
