// The working-day calendar as data a deployment keeps. Each year's arrangement (the State
// Council's 节假日安排: days off that are not weekends, and 调休 make-up days that are) is a
// record in the store; a WorkCalendar is a pure, synchronous value built from those records
// and handed to every deadline computation (core/complaints/workdays.ts).
//
// A year without a record is never silently treated as "Monday to Friday": its weekends and
// the fixed statutory days (元旦 1 Jan, 劳动节 1 May, 国庆 1–3 Oct: 全国年节及纪念日放假办法)
// are off, and every deadline that reaches into it is marked provisional (预计) until the
// year's arrangement is entered.

export interface CalendarNotice {
  /** e.g. 国办发明电〔2025〕7号 */
  number: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface CalendarYear {
  year: number;
  /** Days off that are not Saturdays or Sundays, YYYY-MM-DD, sorted. */
  offDays: string[];
  /** 调休 make-up working days that fall on a Saturday or Sunday, YYYY-MM-DD, sorted. */
  workDays: string[];
  /** The notice it comes from; null for years seeded from the package. */
  notice: CalendarNotice | null;
  /** openid of whoever entered it, or 'seed'. */
  enteredBy: string;
  enteredAt: string;
  source: 'chinese-days' | 'entered';
}

/** Month-day of the statutory days that are off whatever the year's arrangement. */
export const FIXED_STATUTORY_DAYS = ['01-01', '05-01', '10-01', '10-02', '10-03'] as const;

export interface WorkCalendar {
  /** Years with an entered (or seeded) arrangement. */
  readonly known: ReadonlySet<number>;
  readonly off: ReadonlySet<string>;
  readonly work: ReadonlySet<string>;
}

export function buildCalendar(years: Iterable<Pick<CalendarYear, 'year' | 'offDays' | 'workDays'>>): WorkCalendar {
  const known = new Set<number>();
  const off = new Set<string>();
  const work = new Set<string>();
  for (const y of years) {
    known.add(y.year);
    for (const d of y.offDays) off.add(d);
    for (const d of y.workDays) work.add(d);
  }
  return { known, off, work };
}

/** A calendar that knows no year: only weekends and the fixed statutory days are off. */
export const EMPTY_CALENDAR: WorkCalendar = buildCalendar([]);

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Saturday or Sunday, for a valid YYYY-MM-DD. */
export function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

/** Is the day a working day by this calendar (no validation: see workdays.isWorkingDay). */
export function worksOn(cal: WorkCalendar, date: string): boolean {
  if (cal.known.has(yearOf(date))) {
    if (cal.work.has(date)) return true;
    if (cal.off.has(date)) return false;
    return !isWeekend(date);
  }
  if ((FIXED_STATUTORY_DAYS as readonly string[]).includes(date.slice(5))) return false;
  return !isWeekend(date);
}

/** Is any year from the year of `from` to the year of `to` (inclusive) without an arrangement? */
export function spansUnknownYear(cal: WorkCalendar, from: string, to: string): boolean {
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!cal.known.has(y)) return true;
  return false;
}

/** The year whose arrangement a date waits for, for the 预计 note: the first unknown year in range. */
export function firstUnknownYear(cal: WorkCalendar, from: string, to: string): number | null {
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!cal.known.has(y)) return y;
  return null;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(d: string): boolean {
  if (!DATE_RE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekdayName = (d: string) => WEEKDAY_NAMES[new Date(`${d}T00:00:00Z`).getUTCDay()];

/**
 * What is wrong with a year's arrangement as entered, in words an administrator reads, or
 * null when it is sound: every date real and in that year, no day both off and worked, a
 * 放假 day a weekday (a weekend is off anyway), a 调休上班 day a Saturday or Sunday.
 */
export function arrangementProblem(year: number, offDays: string[], workDays: string[]): string | null {
  for (const [list, label] of [
    [offDays, '放假日期'],
    [workDays, '调休上班日期'],
  ] as const) {
    for (const d of list) {
      if (!validDate(d)) return `${label}“${d}”不是有效日期（应为 YYYY-MM-DD，如 ${year}-01-01）`;
      if (yearOf(d) !== year) return `${label}“${d}”不在${year}年内`;
    }
    if (new Set(list).size !== list.length) return `${label}有重复`;
  }
  for (const d of offDays) {
    if (workDays.includes(d)) return `${d}既是放假日期又是调休上班日期`;
    if (isWeekend(d)) return `放假日期${d}是${weekdayName(d)}，周末本来就休息，无需录入（只录入放假的工作日）`;
  }
  for (const d of workDays) {
    if (!isWeekend(d)) return `调休上班日期${d}是${weekdayName(d)}，本来就上班；调休上班日应是星期六或星期日`;
  }
  if (offDays.length === 0) return '请填写放假日期';
  return null;
}
