// Time limits of supervision complaints, configurable per county (a county passes its own
// overrides to limitsFor; what it does not override keeps the default).
import type { ComplaintKind } from './model';

export interface AnswerLimit {
  days: number;
  dayKind: 'working' | 'calendar';
}

export interface TimeLimits {
  /** 签收: the unit must accept (or return) a routed complaint within this many working days. */
  acceptWorkingDays: number;
  /** 答复: from filing to the answer, per kind of complaint. */
  answer: Record<ComplaintKind, AnswerLimit>;
  /** Calendar days the complainant has to rate an answer before it closes by itself. */
  ratingWindowDays: number;
  /** One extension (延期) of at most this times the original length. */
  maxExtensionFactor: number;
  /**
   * 民法典 Art. 203: a limit in calendar days (公示异议 answers, a 公示's 异议截止) whose last day
   * is not a working day ends on the next working day. On unless the county turns it off.
   */
  calendarEndsOnWorkingDay: boolean;
}

/**
 * Defaults.
 * - 咨询 3, 求助·意见建议 7, 投诉举报 15 working days: 四川省12345热线运行管理办法 (2025).
 * - 公示异议 10 calendar days: 四川省村务公开条例 gives the 村民委员会 10 days to answer an
 *   objection to a village publicity (the town or county, when it is asked, has 20).
 * - 目录意见 15 working days: an opinion on the 公开事项标准目录 (an item missing, wrong or not
 *   kept up to date) is a complaint about the catalog, so it is treated like a 投诉举报.
 * - Rating window 7 calendar days, then 自动办结. One extension up to the original length.
 */
export const DEFAULT_LIMITS: TimeLimits = {
  acceptWorkingDays: 1,
  answer: {
    咨询: { days: 3, dayKind: 'working' },
    '求助·意见建议': { days: 7, dayKind: 'working' },
    投诉举报: { days: 15, dayKind: 'working' },
    公示异议: { days: 10, dayKind: 'calendar' },
    目录意见: { days: 15, dayKind: 'working' },
  },
  ratingWindowDays: 7,
  maxExtensionFactor: 1,
  calendarEndsOnWorkingDay: true,
};

/** What a county may override: any top-level field, and any kind (or part of a kind) of `answer`. */
export type LimitsOverrides = Partial<Omit<TimeLimits, 'answer'>> & {
  answer?: Partial<Record<ComplaintKind, Partial<AnswerLimit>>>;
};

/** The defaults with a county's overrides laid over them; `answer` is merged kind by kind. Never shares objects with DEFAULT_LIMITS. */
export function limitsFor(overrides: LimitsOverrides = {}): TimeLimits {
  const answer = {} as Record<ComplaintKind, AnswerLimit>;
  for (const kind of Object.keys(DEFAULT_LIMITS.answer) as ComplaintKind[]) {
    const base = DEFAULT_LIMITS.answer[kind];
    const o = overrides.answer?.[kind];
    answer[kind] = { days: o?.days ?? base.days, dayKind: o?.dayKind ?? base.dayKind };
  }
  return {
    acceptWorkingDays: overrides.acceptWorkingDays ?? DEFAULT_LIMITS.acceptWorkingDays,
    answer,
    ratingWindowDays: overrides.ratingWindowDays ?? DEFAULT_LIMITS.ratingWindowDays,
    maxExtensionFactor: overrides.maxExtensionFactor ?? DEFAULT_LIMITS.maxExtensionFactor,
    calendarEndsOnWorkingDay: overrides.calendarEndsOnWorkingDay ?? DEFAULT_LIMITS.calendarEndsOnWorkingDay,
  };
}
