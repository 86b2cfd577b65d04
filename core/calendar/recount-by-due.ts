// After the working-day calendar changes, every running record whose deadline may move is
// counted again: complaints and 依申请公开 applications walk the same way.
import { NEVER } from '../complaints/schedule';

interface Versioned {
  id: string;
  version: number;
  dueAt: string;
}

export interface RecountIo<T extends Versioned> {
  listByDue(q: { from: string; to: string; after?: { dueAt: string; id: string }; limit: number }): Promise<T[]>;
  get(id: string): Promise<T | null>;
  update(next: T, expectedVersion: number): Promise<boolean>;
}

/**
 * Walks the records due from `from` on, in pages, and replaces each with `recount(record)`
 * (null: nothing moves); one changed meanwhile is read again and recounted (a few tries).
 * Answers how many changed.
 */
export async function recountByDue<T extends Versioned>(
  io: RecountIo<T>,
  from: string,
  recount: (r: T) => Promise<T | null> | T | null,
): Promise<number> {
  let after: { dueAt: string; id: string } | undefined;
  let changed = 0;
  for (;;) {
    const page = await io.listByDue({ from, to: NEVER, after, limit: 100 });
    for (const read of page) {
      let r: T | null = read;
      for (let attempt = 0; r && attempt < 3; attempt++) {
        const next = await recount(r);
        if (!next) break;
        if (await io.update(next, r.version)) {
          changed++;
          break;
        }
        r = await io.get(r.id);
      }
    }
    if (page.length < 100) return changed;
    const last = page[page.length - 1];
    after = { dueAt: last.dueAt, id: last.id };
  }
}
