// A person's submission (a complaint, an application) stored once per request, within the
// owner's day's limit, on the cloud database where no read-then-write is safe.
import { DailyLimitError, type DailyLimit } from '../../core/store';
import type { CollectionName } from './collections';
import { plain, requestKey, type WxContext } from './shared';

interface Submission {
  id: string;
  ownerOpenid: string;
  requestId: string;
}

/**
 * `<coll>/<id>` and `<requests>/<hash(owner, requestId)>` are added in one transaction, so the
 * database refuses a twin (no read-then-write race); with the owner's count of the day
 * (`counters/<dailyKey>:<hash(owner, day start)>`) when limited, whose concurrent write makes
 * ours conflict and run again. A repeated request answers the record the first one stored.
 */
export async function insertOnce<T extends Submission>(
  ctx: WxContext,
  where: { coll: CollectionName; requests: CollectionName; idField: string; dailyKey: string },
  r: T,
  limit: DailyLimit | undefined,
  findByRequest: () => Promise<T | null>,
): Promise<{ record: T; created: boolean }> {
  try {
    await ctx.transact(async (tx) => {
      if (limit) {
        const ref = tx.collection('counters').doc(`${where.dailyKey}:${requestKey(r.ownerOpenid, limit.since)}`);
        const current = await ctx.getOrNull(ref);
        const n = typeof current?.value === 'number' ? current.value : 0;
        if (n >= limit.max) throw new DailyLimitError();
        ctx.calls++;
        await ref.set({ data: { value: n + 1 } });
      }
      ctx.calls++;
      await tx.collection(where.requests).add({ data: { _id: requestKey(r.ownerOpenid, r.requestId), [where.idField]: r.id } });
      ctx.calls++;
      await tx.collection(where.coll).add({ data: { ...plain(r), _id: r.id } });
    });
    return { record: r, created: true };
  } catch (e) {
    const existing = await findByRequest();
    if (existing) return { record: existing, created: false };
    if (e instanceof DailyLimitError) throw e;
    if (await ctx.byId(where.coll, r.id)) throw new Error(`${r.id} collides with another record`);
    throw e;
  }
}
