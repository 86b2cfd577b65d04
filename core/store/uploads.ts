/**
 * Upload folders: each complaint-to-be (or answer) gets a fresh random folder for its photos,
 * recorded with whoever asked for it, so a photo id names no person and yet a caller can
 * attach only files in folders given to them.
 */
export interface UploadFolder {
  /** 32 random hex digits; nothing in it is derived from the owner. */
  id: string;
  ownerOpenid: string;
  createdAt: string;
}

export interface UploadFolderStore {
  /** Records a new folder; an existing id is never replaced (false then). */
  putUploadFolder(f: UploadFolder): Promise<boolean>;
  getUploadFolder(id: string): Promise<UploadFolder | null>;
}
