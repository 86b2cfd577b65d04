// Upload folders: `uploads/<folder>/...`, the folder 32 random hex digits handed out by
// `files.prefix`, one per complaint-to-be (or answer), and recorded with the caller it was
// given to. Nothing in a photo id is derived from who uploaded it, so a unit comparing an
// anonymous complaint with a named one finds no common folder; ownership is checked by
// looking the folder up.
import { randomBytes } from 'node:crypto';
import type { UploadFolderStore } from '../../core/store';

export const UPLOAD_FOLDER = /^[0-9a-f]{32}$/;

/** Makes and records a fresh folder for this caller; returns its id. */
export async function newUploadFolder(store: UploadFolderStore, openid: string, now: Date): Promise<string> {
  for (;;) {
    const id = randomBytes(16).toString('hex');
    if (await store.putUploadFolder({ id, ownerOpenid: openid, createdAt: now.toISOString() })) return id;
  }
}

/** True when `folder` is a well-formed folder id recorded as given to `openid`. */
export async function folderOwnedBy(store: UploadFolderStore, folder: string, openid: string): Promise<boolean> {
  if (!openid || !UPLOAD_FOLDER.test(folder)) return false;
  return (await store.getUploadFolder(folder))?.ownerOpenid === openid;
}
