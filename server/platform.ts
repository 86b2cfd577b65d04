// The local cloud's stand-ins for WeChat's platform services: a word list for the content
// check, an outbox table for notifications, files on disk for photos, and plain QR codes (SVG)
// in place of mini-program codes.
import { randomBytes, randomUUID } from 'node:crypto';
import { UPLOAD_FOLDER } from '../cloudfunctions/shared/upload-folders';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Store } from '../core/store';
import type { FileStore, Notifier } from '../core/complaints/ports';
import { wordListCheck } from '../core/complaints/word-list-check';
import { ACCEPT_PAGE, NoPublicAddressError, sceneForDisclosure, type QrCodes } from '../core/platform/ports';
import { renderSVG } from 'uqr';
import type { Platform } from '../cloudfunctions/shared/context';
import { templateIds, templatesFromEnv } from '../cloudfunctions/shared/wx-platform';

export function outboxNotifier(store: Store): Notifier {
  return {
    async send(n) {
      await store.putNotification(n);
      return 'pending';
    },
  };
}

const IMAGE_TYPES: Record<string, { ext: string; magic: (b: Buffer) => boolean }> = {
  'image/jpeg': { ext: 'jpg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': { ext: 'png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  'image/webp': { ext: 'webp', magic: (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP' },
};
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface LocalFiles extends FileStore {
  /**
   * Saves an upload after checking its type and size into `folder` (one `files.prefix` gave this
   * caller) or, without one, into a fresh folder of its own; returns its file id.
   */
  save(openid: string, folder: string | undefined, contentType: string, body: Buffer): { fileId: string } | { error: string };
  pathOf(fileId: string): string | null;
  /** True when this openid uploaded the file (its folder was given to them). */
  uploadedBy(fileId: string, openid: string): boolean;
}

/**
 * Photos on disk under `<dir>/<folder>/<uuid>.<ext>`, the folder a random id recorded in the
 * upload_folders table with the caller it was given to (as files.prefix does in the cloud), so
 * ids carry nothing of the uploader. Lookups are synchronous, straight on the SQLite table.
 */
export function localFiles(dir: string, db: Database.Database): LocalFiles {
  const ownerOf = db.prepare('SELECT owner FROM upload_folders WHERE id = ?');
  const addFolder = db.prepare('INSERT INTO upload_folders(id, owner, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING');
  const ownsFolder = (folder: string, openid: string) =>
    Boolean(openid) && UPLOAD_FOLDER.test(folder) && (ownerOf.get(folder) as { owner: string } | undefined)?.owner === openid;
  const parse = (fileId: string) => /^local:([0-9a-f]{32})\/([0-9a-f-]{36})\.(jpg|png|webp)$/.exec(fileId);
  const uploadedBy = (fileId: string, openid: string) => {
    const m = parse(fileId);
    return Boolean(m && ownsFolder(m[1], openid));
  };
  const pathOf = (fileId: string) => {
    const m = parse(fileId);
    return m ? join(dir, m[1], `${m[2]}.${m[3]}`) : null;
  };
  return {
    save(openid, folder, contentType, body) {
      const type = IMAGE_TYPES[contentType.split(';')[0].trim()];
      if (!type) return { error: '只能上传 JPG、PNG 或 WebP 图片' };
      if (body.length === 0 || body.length > MAX_UPLOAD_BYTES) return { error: '图片不能超过5MB' };
      if (!type.magic(body)) return { error: '文件内容不是有效的图片' };
      let prefix = folder;
      if (prefix === undefined) {
        prefix = randomBytes(16).toString('hex');
        addFolder.run(prefix, openid, new Date().toISOString());
      } else if (!ownsFolder(prefix, openid)) return { error: '上传文件夹无效，请重新选择图片' };
      mkdirSync(join(dir, prefix), { recursive: true });
      const name = `${randomUUID()}.${type.ext}`;
      writeFileSync(join(dir, prefix, name), body);
      return { fileId: `local:${prefix}/${name}` };
    },
    pathOf,
    uploadedBy,
    async ownedBy(fileId, openid) {
      const p = pathOf(fileId);
      return Boolean(p && uploadedBy(fileId, openid) && existsSync(p));
    },
  };
}

/**
 * The local stand-in for mini-program codes: a plain QR code (SVG) of the public H5 address of
 * the page a mini-program code would open, with the same scene (the H5 page reads `scene` as
 * the weapp page does), so an id the cloud cannot carry (SceneTooLongError) fails here too.
 * Without a public address there is no code (NoPublicAddressError), never a made-up address.
 */
export function localQrCodes(publicBaseUrl: () => string | undefined = () => undefined, page = 'pages/disclosure/index'): QrCodes {
  return {
    async disclosureCode(disclosureId) {
      const scene = sceneForDisclosure(disclosureId);
      const base = publicBaseUrl();
      if (!base) throw new NoPublicAddressError();
      const svg = renderSVG(`${base}/#/${page}?scene=${encodeURIComponent(scene)}`);
      return { contentType: 'image/svg+xml', buffer: new TextEncoder().encode(svg) };
    },
    async invitationCode(code) {
      // The H5 app's route of the accept page, which reads `code` (relative: the QR is shown by the same origin).
      const svg = renderSVG(`/#/${ACCEPT_PAGE}?code=${encodeURIComponent(code)}`);
      return { contentType: 'image/svg+xml', buffer: new TextEncoder().encode(svg) };
    },
  };
}

export function localPlatform(
  store: Store & { db: Database.Database },
  filesDir: string,
  publicBaseUrl: () => string | undefined = () => undefined,
): Platform & { files: LocalFiles } {
  return {
    check: wordListCheck(),
    notifier: outboxNotifier(store),
    files: localFiles(filesDir, store.db),
    qrCodes: localQrCodes(publicBaseUrl),
    // The same TEMPLATE_<NAME> settings as the cloud, so a local run can show the consent ask.
    subscribeTemplates: templateIds(templatesFromEnv(process.env)),
  };
}
