// The mini-program code of a published disclosure, for the printed 公示栏 notice (and sharing):
// WeChat's wxacode.getUnlimited in the cloud, a QR of the public H5 address locally
// (core/platform/ports.ts). Anyone may ask, as anyone may read the disclosure.
import { AppError } from '../api/errors';
import { NoPublicAddressError, SceneTooLongError, type QrCodes } from '../platform/ports';
import type { Store } from '../store';
import { isPubliclyVisible } from './public-view';

export interface CodeAnswer {
  /** data:<type>;base64,… — PNG from WeChat, SVG from the local stand-in. */
  image: string;
}

export async function disclosureCodeImage(deps: { store: Store; qrCodes?: QrCodes }, id: string): Promise<CodeAnswer> {
  const d = await deps.store.getDisclosure(id);
  if (!d || !isPubliclyVisible(d)) throw new AppError('NOT_FOUND', '没有找到这条公开信息');
  if (!deps.qrCodes) throw new AppError('NOT_CONFIGURED', '这里生成不了小程序码');
  try {
    const img = await deps.qrCodes.disclosureCode(d.id);
    let bin = '';
    for (const b of img.buffer) bin += String.fromCharCode(b);
    return { image: `data:${img.contentType};base64,${btoa(bin)}` };
  } catch (e) {
    if (e instanceof SceneTooLongError) throw new AppError('INVALID_INPUT', e.message);
    if (e instanceof NoPublicAddressError) throw new AppError('NOT_CONFIGURED', e.message);
    throw new AppError('INTERNAL', '小程序码暂时生成不了，请稍后再试');
  }
}
