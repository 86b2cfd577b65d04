import type Database from 'better-sqlite3';
import type { UploadFolder, UploadFolderStore } from '../../core/store';

export function sqliteUploads(db: Database.Database): UploadFolderStore {
  const stmt = {
    put: db.prepare('INSERT INTO upload_folders(id, owner, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    get: db.prepare('SELECT id, owner, created_at FROM upload_folders WHERE id = ?'),
  };
  return {
    async putUploadFolder(f) {
      return stmt.put.run(f.id, f.ownerOpenid, f.createdAt).changes === 1;
    },
    async getUploadFolder(id) {
      const r = stmt.get.get(id) as { id: string; owner: string; created_at: string } | undefined;
      return r ? ({ id: r.id, ownerOpenid: r.owner, createdAt: r.created_at } satisfies UploadFolder) : null;
    },
  };
}
