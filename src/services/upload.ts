// Photos for complaints and answers: pick from the album or camera, upload, show.
// Each complaint-to-be (or answer) is an UploadBatch: its photos go to one fresh random folder
// that files.prefix hands out, so two complaints of one person share nothing in their photo ids.
// weapp: wx.cloud.uploadFile into that folder -> cloud:// file id.
// H5 / local cloud: the raw image body to POST /api/files?folder=<id> -> local: file id, shown from /api/files/<id>.
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@core/api/schema-parts';
import { ApiError, callResident, NETWORK_MESSAGE, postRaw } from './api';

export { MAX_PHOTOS };

/** The local cloud's limit, and a sane one for a phone photo anywhere. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface PickedPhoto {
  /** A temporary path (weapp) or blob: URL (H5) to show before and while uploading. */
  path: string;
  size: number;
  /** H5 only: the browser's file. */
  file?: File;
}

/** Lets the person choose up to `max` images; [] when they cancel. */
export async function pickPhotos(max: number): Promise<PickedPhoto[]> {
  if (max <= 0) return [];
  try {
    const r = await Taro.chooseImage({ count: Math.min(max, MAX_PHOTOS), sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return r.tempFiles
      .slice(0, max)
      .map((f) => ({ path: f.path, size: f.size, ...(f.originalFileObj ? { file: f.originalFileObj } : {}) }));
  } catch {
    return []; // cancelled, or no permission: nothing chosen
  }
}

/** One complaint-to-be's uploads: the folder is asked for once, on the first photo. */
export interface UploadBatch {
  prefix: Promise<string> | null;
}

export function newUploadBatch(): UploadBatch {
  return { prefix: null };
}

function prefixOf(batch: UploadBatch): Promise<string> {
  if (!batch.prefix) {
    batch.prefix = callResident('files.prefix', {}).then(
      (r) => r.prefix,
      (e: unknown) => {
        batch.prefix = null; // ask again on the next photo
        throw e;
      },
    );
  }
  return batch.prefix;
}

function randomName(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}

function typeOf(p: PickedPhoto, blob?: Blob): string {
  const t = p.file?.type || blob?.type || '';
  if (TYPES.includes(t)) return t;
  const name = (p.file?.name || p.path).toLowerCase();
  if (name.endsWith('.png')) return 'image/png';
  if (name.endsWith('.webp')) return 'image/webp';
  return t || 'image/jpeg';
}

/** Uploads one picked photo into the batch's folder; resolves to its file id. Throws ApiError with a Chinese message. */
export async function uploadPhoto(p: PickedPhoto, batch: UploadBatch): Promise<string> {
  if (p.size > MAX_PHOTO_BYTES) throw new ApiError('INVALID_INPUT', '图片不能超过5MB，请换一张');
  if (process.env.TARO_ENV === 'weapp') {
    const prefix = await prefixOf(batch);
    const ext = /\.(png|webp)$/i.exec(p.path)?.[1]?.toLowerCase() ?? 'jpg';
    try {
      const r = await Taro.cloud.uploadFile({ cloudPath: `${prefix}${randomName()}.${ext}`, filePath: p.path });
      return r.fileID;
    } catch {
      throw new ApiError('NETWORK', '图片上传失败，请检查网络后重试');
    }
  }
  let blob: Blob;
  if (p.file) blob = p.file;
  else {
    try {
      blob = await (await fetch(p.path)).blob();
    } catch {
      throw new ApiError('NETWORK', NETWORK_MESSAGE);
    }
  }
  const type = typeOf(p, blob);
  if (!TYPES.includes(type)) throw new ApiError('INVALID_INPUT', '只能上传 JPG、PNG 或 WebP 图片');
  if (blob.size > MAX_PHOTO_BYTES) throw new ApiError('INVALID_INPUT', '图片不能超过5MB，请换一张');
  const folder = (await prefixOf(batch)).split('/')[1];
  const r = await postRaw<{ fileId: string }>(`/api/files?folder=${encodeURIComponent(folder)}`, blob, type);
  return r.fileId;
}

/** What an Image `src` needs for a stored file id. */
export function photoUrl(fileId: string): string {
  if (fileId.startsWith('cloud://') || /^https?:/.test(fileId)) return fileId; // weapp Image shows cloud:// ids
  return `/api/files/${encodeURIComponent(fileId)}`;
}

/** Opens the photos full screen, starting at `current`. */
export function previewPhotos(fileIds: string[], current: string): void {
  const urls = fileIds.map(photoUrl);
  void Taro.previewImage({ urls, current: photoUrl(current) }).catch(() => undefined);
}
