// 公开时限 of a publication (issue 10 part 7): each item's time limit as a rule. An event-driven
// item (信息形成（变更）之日起20个工作日内, 行政决定作出之日起7个工作日内…) counts from the day the
// information formed, which the publisher records (formedOn); a periodic item (每季度, 每年) is
// due when its cycle since the last publication at the place runs out. A disclosure published
// after its due date is late: the flag and the due date are stored on approval and 公开及时率
// (core/stats) counts from them.
import { AppError } from '../api/errors';
import type { CatalogItem, TimeLimit } from '../model';
import { addWorkingDays, onOrNextWorkingDay, type WorkCalendar } from '../complaints/workdays';
import { addDays } from '../time/shanghai';
import { nextDueDate } from '../catalog/state';

/** A trigger that is the day something happened, which the publisher knows: 形成、变更、作出、签订、收到… */
const FORMATION_TRIGGER = /形成|产生|变更|作出|做出|签订|收到|批复|批准|确定|出台|印发|制定|发生/;

export interface TimelinessRule {
  /** 'formation': N days from the day the information formed; 'cycle': by the update cycle only. */
  kind: 'formation' | 'cycle';
  /** The publisher must give the 信息形成 date (event-driven items counting from formation). */
  formedOnRequired: boolean;
  /** How the editor names the date: 信息形成（变更）日期, 行政决定作出日期… */
  formedOnLabel: string;
  days: number;
  dayKind: 'working' | 'calendar';
  /** The words people read: 信息形成（变更）之日起20个工作日内. */
  text: string;
}

/** N 个工作日 / N 日 (天) in a time limit's words; the first limit named wins. Null when none is. */
export function parseTimeLimitText(text: string): { days: number; dayKind: 'working' | 'calendar' } | null {
  const m = /(\d+)\s*个?\s*(工作日|日|天)/.exec(text);
  if (!m) return null;
  const days = Number(m[1]);
  if (!Number.isInteger(days) || days < 1) return null;
  return { days, dayKind: m[2] === '工作日' ? 'working' : 'calendar' };
}

/** The limit as a rule: the structured fields when sound, else what the text says (20 working days when nothing does). */
export function limitOf(t: Partial<TimeLimit> | undefined): { days: number; dayKind: 'working' | 'calendar' } {
  if (t && Number.isInteger(t.days) && (t.days ?? 0) > 0 && (t.dayKind === 'working' || t.dayKind === 'calendar')) {
    return { days: t.days!, dayKind: t.dayKind };
  }
  return parseTimeLimitText(t?.text ?? '') ?? { days: 20, dayKind: 'working' };
}

function labelOf(trigger: string): string {
  const t = trigger.replace(/之日$|之日起$|日$/, '').trim();
  return t ? `${t}日期` : '信息形成日期';
}

export function ruleOf(item: Pick<CatalogItem, 'timeLimit' | 'updateCycle'>): TimelinessRule {
  const t = item.timeLimit;
  const trigger = t?.trigger || '信息形成（变更）之日';
  const event = (item.updateCycle?.unit ?? 'event') === 'event';
  const fromFormation = FORMATION_TRIGGER.test(trigger) || FORMATION_TRIGGER.test(t?.text ?? '');
  const { days, dayKind } = limitOf(t);
  return {
    kind: event ? 'formation' : 'cycle',
    formedOnRequired: event && fromFormation,
    formedOnLabel: labelOf(trigger),
    days,
    dayKind,
    text: t?.text || `${trigger}起${days}个${dayKind === 'working' ? '工作日' : '日'}内`,
  };
}

/**
 * The last day to publish information formed on `formedOn`: the N-th working day after it, or N
 * calendar days after it moved to the next working day when that is a day off (民法典 Art. 203).
 */
export function dueFromFormation(cal: WorkCalendar, rule: Pick<TimelinessRule, 'days' | 'dayKind'>, formedOn: string): string {
  if (rule.dayKind === 'working') return addWorkingDays(cal, formedOn, rule.days);
  return onOrNextWorkingDay(cal, addDays(formedOn, rule.days));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** formedOn as given is a real date, not after today; required where the rule says so. */
export function checkFormedOn(rule: TimelinessRule, formedOn: string | undefined, today: string, onSubmit: boolean): void {
  if (formedOn === undefined || formedOn === '') {
    if (onSubmit && rule.formedOnRequired) {
      throw new AppError('INVALID_INPUT', `请填写${rule.formedOnLabel}（公开时限：${rule.text}）`);
    }
    return;
  }
  if (
    !DATE.test(formedOn) ||
    Number.isNaN(Date.parse(`${formedOn}T00:00:00Z`)) ||
    new Date(`${formedOn}T00:00:00Z`).toISOString().slice(0, 10) !== formedOn
  ) {
    throw new AppError('INVALID_INPUT', `${rule.formedOnLabel}格式应为 2026-12-01`);
  }
  if (formedOn > today) throw new AppError('INVALID_INPUT', `${rule.formedOnLabel}不能晚于今天`);
}

export interface Timeliness {
  /** The last day it could be published on time, when a clock runs (YYYY-MM-DD, Shanghai). */
  dueOn?: string;
  late: boolean;
}

/**
 * The due date of a publication and whether publishing on `publishedOn` is late: from the
 * 信息形成 date when given; for a periodic item without one, from the last publication of the
 * item at the place (its cycle); for an event-driven item without one (drafts from before the
 * date was asked), from the day the draft was started, the latest the information can have formed.
 */
export function judge(
  cal: WorkCalendar,
  item: Pick<CatalogItem, 'timeLimit' | 'updateCycle'> | null,
  at: { formedOn?: string; previousOn?: string | null; startedOn: string },
  publishedOn: string,
): Timeliness {
  if (!item) return { late: false };
  const rule = ruleOf(item);
  let dueOn: string | null = null;
  if (at.formedOn) dueOn = dueFromFormation(cal, rule, at.formedOn);
  else if (rule.kind === 'cycle') dueOn = at.previousOn ? nextDueDate(item, at.previousOn) : null;
  else dueOn = dueFromFormation(cal, rule, at.startedOn);
  if (!dueOn) return { late: false };
  return { dueOn, late: publishedOn > dueOn };
}
