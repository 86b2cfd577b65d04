// 公开时限 as a rule: every catalog item's time limit read into days and a kind, the 信息形成
// date required where the limit counts from it, and a publication judged late or on time on the
// working-day calendar (holidays and 调休 included).
import { describe, expect, it } from '@jest/globals';
import { buildCalendar, EMPTY_CALENDAR } from '../../core/calendar/calendar';
import { CATALOG_TEMPLATE } from '../../core/catalog/template';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { checkFormedOn, dueFromFormation, judge, parseTimeLimitText, ruleOf } from '../../core/publicity/timeliness';
import { chineseDaysYear } from '../../core/calendar/chinese-days';

describe('reading a 公开时限', () => {
  it('reads N 个工作日 / N 日 from the words', () => {
    expect(parseTimeLimitText('信息形成（变更）之日起20个工作日内')).toEqual({ days: 20, dayKind: 'working' });
    expect(parseTimeLimitText('收到评标报告之日起3日内公示')).toEqual({ days: 3, dayKind: 'calendar' });
    expect(parseTimeLimitText('决定作出后7天内')).toEqual({ days: 7, dayKind: 'calendar' });
    expect(parseTimeLimitText('及时公开')).toBeNull();
  });

  it('agrees with the structured limit of every template item', () => {
    for (const t of CATALOG_TEMPLATE) {
      const parsed = parseTimeLimitText(t.timeLimit.text);
      expect({ id: t.templateId, ...parsed }).toEqual({ id: t.templateId, days: t.timeLimit.days, dayKind: t.timeLimit.dayKind });
    }
  });

  it('event-driven items need the 信息形成 date; periodic ones go by their cycle', () => {
    const { items } = buildCountyCatalog({ code: '519901', name: '清溪县' });
    for (const i of items) {
      const r = ruleOf(i);
      expect(r.formedOnRequired).toBe(i.updateCycle.unit === 'event');
      expect(r.kind).toBe(i.updateCycle.unit === 'event' ? 'formation' : 'cycle');
    }
    const power = items.find((i) => i.timeLimit.trigger === '行政决定作出之日')!;
    expect(ruleOf(power).formedOnLabel).toBe('行政决定作出日期');
    // A county's own limit whose structured days were lost still counts from its words.
    expect(ruleOf({ ...power, timeLimit: { ...power.timeLimit, days: 0, text: '决定作出之日起5个工作日内' } })).toMatchObject({
      days: 5,
      dayKind: 'working',
    });
  });

  it('refuses a date in the future, and a missing one on submit only', () => {
    const { items } = buildCountyCatalog({ code: '519901', name: '清溪县' });
    const r = ruleOf(items.find((i) => i.updateCycle.unit === 'event')!);
    expect(() => checkFormedOn(r, '2026-11-27', '2026-11-26', false)).toThrow(/不能晚于今天/);
    expect(() => checkFormedOn(r, '2026-02-30', '2026-11-26', false)).toThrow(/格式/);
    expect(() => checkFormedOn(r, undefined, '2026-11-26', false)).not.toThrow();
    expect(() => checkFormedOn(r, undefined, '2026-11-26', true)).toThrow(/请填写信息形成（变更）日期/);
    expect(() => checkFormedOn(r, '2026-11-26', '2026-11-26', true)).not.toThrow();
  });
});

describe('late or on time', () => {
  const { items } = buildCountyCatalog({ code: '519901', name: '清溪县' });
  const event = items.find((i) => i.updateCycle.unit === 'event' && i.timeLimit.days === 20 && i.timeLimit.dayKind === 'working')!;
  const quarterly = items.find((i) => i.updateCycle.unit === 'quarter')!;
  const cal = buildCalendar([chineseDaysYear(2026, '2026-01-01T00:00:00Z')]);

  it('counts 20 working days over 国庆 and its 调休 (2026)', () => {
    // Formed Thu 24 Sep 2026: 中秋 25 Sep and 国庆 1–7 Oct off, Sat 10 Oct worked: the 20th working day is Thu 29 Oct.
    expect(dueFromFormation(cal, ruleOf(event), '2026-09-24')).toBe('2026-10-29');
    // Weekends only when the year is not entered (and the fixed statutory days).
    expect(dueFromFormation(EMPTY_CALENDAR, ruleOf(event), '2026-11-02')).toBe('2026-11-30');
  });

  it('is late only after the due day', () => {
    const at = { formedOn: '2026-09-24', startedOn: '2026-10-20' };
    expect(judge(cal, event, at, '2026-10-29')).toEqual({ dueOn: '2026-10-29', late: false });
    expect(judge(cal, event, at, '2026-10-30')).toEqual({ dueOn: '2026-10-29', late: true });
    expect(judge(cal, null, at, '2027-01-01')).toEqual({ late: false });
  });

  it('a periodic item without a date is due a cycle after its last publication; the first one is never late', () => {
    expect(judge(cal, quarterly, { previousOn: '2026-06-10', startedOn: '2026-11-01' }, '2026-09-10')).toEqual({
      dueOn: '2026-09-10',
      late: false,
    });
    expect(judge(cal, quarterly, { previousOn: '2026-06-10', startedOn: '2026-11-01' }, '2026-09-11').late).toBe(true);
    expect(judge(cal, quarterly, { previousOn: null, startedOn: '2026-11-01' }, '2026-12-01')).toEqual({ late: false });
  });

  it('an event item without a date (older drafts) counts from the draft’s start', () => {
    expect(judge(EMPTY_CALENDAR, event, { startedOn: '2026-11-02' }, '2026-12-01')).toEqual({ dueOn: '2026-11-30', late: true });
  });
});
