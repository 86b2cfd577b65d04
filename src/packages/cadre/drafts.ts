// Small helpers of drafting: a new draft's request id, today's date, a publicity's length in words.
import type { Preview } from '@core/api/publicity-views';
import { shanghaiToday } from '@core/time/shanghai';

export function publicityLength(p: Preview['publicity']): string {
  return `${p.days}${p.dayKind === 'working' ? '个工作日' : '天'}`;
}

/** A new draft's key for its first save: the same key on a retry returns the same draft. */
export function newRequestId(): string {
  return ('d' + Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2))
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 32);
}

/** YYYY-MM-DD today in Beijing time. */
export function todayShanghai(): string {
  return shanghaiToday();
}
