// 在名单中查找: which rows of a publicity list match what a person typed, by name. Names in a
// public list may be masked (张*兰): a hidden character matches any one typed, and the visible
// characters alone match too (张兰 finds 张*兰).

/** Columns that hold a person's (or household's) name. */
const NAME_COLUMN = /姓名|户主|名字|申请人|对象|户名|家庭成员/;
const MASK = /[*＊×]/;

export function nameColumns(columns: string[]): number[] {
  const named = columns.map((c, i) => (NAME_COLUMN.test(c) ? i : -1)).filter((i) => i >= 0);
  // A list without a name column is searched in every cell.
  return named.length ? named : columns.map((_c, i) => i);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Does `cell` (perhaps masked) contain what was typed? */
export function cellMatches(cell: string, typed: string): boolean {
  const q = squeeze(typed);
  if (!q) return true;
  const c = squeeze(cell);
  if (c.includes(q)) return true;
  const chars = Array.from(c);
  const want = Array.from(q);
  // A masked character stands for any one character, as long as what was typed mostly shows
  // (one typed character would otherwise match every masked name).
  for (let start = 0; start + want.length <= chars.length; start++) {
    let shown = 0;
    const fits = want.every((w, k) => {
      const ch = chars[start + k];
      if (ch === w) shown++;
      return ch === w || MASK.test(ch);
    });
    if (fits && shown > 0 && shown * 2 >= want.length) return true;
  }
  // The visible characters alone: 张兰 finds 张*兰.
  const visible = c.replace(new RegExp(MASK.source, 'g'), '');
  return visible !== c && visible.includes(q);
}

/** Indexes of the rows whose name matches `typed` (all rows when nothing is typed). */
export function findRows(columns: string[], rows: string[][], typed: string): number[] {
  const cols = nameColumns(columns);
  return rows.map((r, i) => (cols.some((ci) => cellMatches(r[ci] ?? '', typed)) ? i : -1)).filter((i) => i >= 0);
}
