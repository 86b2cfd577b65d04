import type { UploadFolder, UploadFolderStore } from '../../core/store';
import type { WxContext } from './shared';

export function wxUploads(ctx: WxContext): UploadFolderStore {
  return {
    async putUploadFolder(f) {
      try {
        ctx.calls++;
        // add, not set: a folder once given is never handed to someone else.
        await ctx.db.collection('upload_folders').add({ data: { _id: f.id, ownerOpenid: f.ownerOpenid, createdAt: f.createdAt } });
        return true;
      } catch (e) {
        if (await ctx.byId('upload_folders', f.id)) return false;
        throw e;
      }
    },
    async getUploadFolder(id) {
      const r = await ctx.byId<{ ownerOpenid: string; createdAt: string }>('upload_folders', id);
      return r ? ({ id, ownerOpenid: r.ownerOpenid, createdAt: r.createdAt } satisfies UploadFolder) : null;
    },
  };
}
