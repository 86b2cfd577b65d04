// Small deterministic hashing for ids and demo data: the same input always gives the same
// id, so a retried request maps to the record it already made.
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** About 64 bits of a text's hash in base 36: a compact key unlikely to collide. */
export function shortHash(text: string): string {
  return (
    fnv1a(text).toString(36).padStart(7, '0') +
    fnv1a(text, 0x01000193 ^ 0x9e3779b9)
      .toString(36)
      .padStart(7, '0')
  );
}

export type Rng = () => number;

/** mulberry32: a tiny seeded generator, the same on every platform (demo data, property tests). */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
