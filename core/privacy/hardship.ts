// Hardship categories (困难类别) in published lists. Several catalog items let a village publish
// who receives help but not why: 《农村危房改造》 评议公示 says 重点对象身份认定情况（不公开具体困难
// 类别）. A 低保户, 特困, 残疾 or an illness written into a free-text 备注 cell slips past the
// column rules (a 残疾 or 病情 column is dropped whole), so the cells are read for these words
// and flagged: the cadre removes them, or the reviewer confirms with a reason.
import type { CatalogItem, TableData } from '../model';
import type { Finding } from './masker';

/**
 * The default list; a county may set its own (County.hardshipCategories). 建档立卡 is a
 * programme, not a hardship category, and is deliberately absent.
 */
export const DEFAULT_HARDSHIP_CATEGORIES: readonly string[] = Object.freeze([
  '低保',
  '低保户',
  '特困',
  '特困供养',
  '五保',
  '五保户',
  '残疾',
  '残疾等级',
  '一级残疾',
  '二级残疾',
  '三级残疾',
  '四级残疾',
  '重病',
  '重大疾病',
  '癌症',
  '尿毒症',
  '精神病',
  '白血病',
  '艾滋病',
]);

export const HARDSHIP_NOTE = '困难类别不应公开';

/** The words of a catalog item that forbid publishing the hardship category. */
const FORBIDS = /不公开(?:具体)?(?:的)?困难类别|困难类别不(?:予|得)?公开|不得公开(?:具体)?困难类别/;

/** Whether an item's own text (公开内容, summary) says 不公开具体困难类别 or the like. */
export function textForbidsHardship(texts: readonly string[]): boolean {
  return texts.some((t) => FORBIDS.test(t));
}

/** The item's flag, or (for catalogs stored before the flag existed) what its text says. */
export function itemForbidsHardship(item: Pick<CatalogItem, 'contents' | 'summary' | 'forbidsHardshipCategory'> | null): boolean {
  if (!item) return false;
  return item.forbidsHardshipCategory ?? textForbidsHardship([...item.contents, item.summary]);
}

/** The categories found in a text, longest first, without overlaps (低保户, not also 低保). */
export function hardshipWords(text: string, categories: readonly string[] = DEFAULT_HARDSHIP_CATEGORIES): string[] {
  const words = [...new Set(categories.map((c) => c.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let rest = text;
  for (const w of words) {
    if (rest.includes(w)) {
      found.push(w);
      rest = rest.split(w).join('\u0000');
    }
  }
  return found;
}

/** One finding per data cell that names a hardship category (row and column of the given table). */
export function findHardship(table: TableData, categories: readonly string[] = DEFAULT_HARDSHIP_CATEGORIES): Finding[] {
  const out: Finding[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    for (let c = 0; c < table.columns.length; c++) {
      const cell = row[c] ?? '';
      if (cell && hardshipWords(cell, categories).length) {
        out.push({ kind: 'hardship_category', row: r, col: c, column: table.columns[c], note: HARDSHIP_NOTE });
      }
    }
  }
  return out;
}
