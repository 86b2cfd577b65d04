// The local ContentCheck: a short word list standing in for security.msgSecCheck. Words
// that are plainly abusive are rejected; words that need a person's judgement are held.
import type { CheckSuggest, ContentCheck } from './ports';

const RISKY = ['傻逼', '操你', '去死', '炸死', '法轮'];
const REVIEW = ['杀了', '报复', '上访闹事', '自焚'];

export function wordListCheck(risky: string[] = RISKY, review: string[] = REVIEW): ContentCheck {
  return {
    async checkText(text: string): Promise<CheckSuggest> {
      const t = text.replace(/\s+/g, '');
      if (risky.some((w) => t.includes(w))) return 'risky';
      if (review.some((w) => t.includes(w))) return 'review';
      return 'pass';
    },
  };
}
