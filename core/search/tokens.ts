// Search tokens for Chinese text without a word segmenter: every pair of adjacent
// characters (bigrams) inside a run of letters/digits, and a run of one character as
// itself. Both stores index these same tokens (SQLite FTS5, the cloud database's array
// field), so a query matches the same way everywhere. Two-character words such as 低保,
// 扶贫, 危房 are the common case, which trigram indexes cannot find.

const RUN = /[\p{L}\p{N}]+/gu;

function runs(text: string): string[] {
  return (text ?? '').normalize('NFKC').toLowerCase().match(RUN) ?? [];
}

/** Tokens to index for a text: bigrams of each run, single-character runs as they are. */
export function indexTokens(...texts: Array<string | undefined | null>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const run of runs(text ?? '')) {
      const chars = Array.from(run);
      if (chars.length === 1) out.add(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    }
  }
  return [...out];
}

export interface TokenQuery {
  /** Every one of these must be among a document's tokens. */
  all: string[];
  /** A single character typed alone: matches any token that starts with it. */
  prefix?: string;
}

/** Turns what a person typed into a token query; null when nothing searchable was typed. */
export function queryTokens(q: string): TokenQuery | null {
  const parts = runs(q);
  if (parts.length === 0) return null;
  const all = new Set<string>();
  let prefix: string | undefined;
  for (const run of parts) {
    const chars = Array.from(run);
    if (chars.length === 1) {
      if (parts.length === 1) prefix = chars[0];
      else all.add(chars[0]);
    }
    for (let i = 0; i + 1 < chars.length; i++) all.add(chars[i] + chars[i + 1]);
  }
  return { all: [...all].slice(0, 16), prefix };
}

/** Bigram hits can be scattered; keep only texts that really contain the typed words. */
export function containsAll(haystack: string, q: string): boolean {
  const text = haystack.normalize('NFKC').toLowerCase();
  return runs(q).every((run) => text.includes(run));
}
