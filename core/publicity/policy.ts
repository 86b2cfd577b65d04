// Policy items (政策、文件、办法、标准): what they publish is a document residents need explained,
// so its 政策解读 (简明问答) is expected with it (同步起草、同步审签、同步发布).
import type { CatalogItem, QA } from '../model';

const POLICY_WORDS = /政策|文件|办法|标准/;

export function isPolicyItem(item: Pick<CatalogItem, 'level2'> | null | undefined): boolean {
  return Boolean(item && POLICY_WORDS.test(item.level2));
}

export const INTERPRETATION_REMINDER =
  '这是政策文件类事项：请写“政策解读”，用几问几答讲清这份文件说了什么、谁能享受、怎么办理，让村民一看就懂。';

/** What the editor reminds the author of before submitting. */
export function reminders(item: Pick<CatalogItem, 'level2'> | null | undefined, interpretation: QA[] | undefined): string[] {
  return isPolicyItem(item) && !(interpretation && interpretation.length) ? [INTERPRETATION_REMINDER] : [];
}

/** The 解读 as one text (search, content checks). */
export function interpretationText(list: QA[] | undefined): string {
  return (list ?? []).map((x) => `${x.q}\n${x.a}`).join('\n');
}
