import type { County } from '../../core/regions/county';
import type { CountyStore } from '../../core/store';
import { plain, type WxContext } from './shared';

export function wxCounties(ctx: WxContext): CountyStore {
  const { byId, putAll, transact, getOrNull } = ctx;
  return {
    async putCounty(county) {
      await putAll('counties', [county], (c) => c.code);
    },
    getCounty: (code) => byId<County>('counties', code),
    async updateCounty(county, expectedVersion) {
      // Read and write in one transaction: a concurrent change makes ours conflict and run again,
      // and then it sees the other's version. Documents from before `version` count as 0.
      return transact(async (tx) => {
        const ref = tx.collection('counties').doc(county.code);
        const current = await getOrNull(ref);
        if (!current || (typeof current.version === 'number' ? current.version : 0) !== expectedVersion) return false;
        ctx.calls++;
        await ref.set({ data: plain(county) });
        return true;
      });
    },
  };
}
