// The catalog item form of the admin pages, as plain data: the form from an item, the request
// (catalog.update: only what changed; catalog.add: everything) and every validation issue of
// the shared schema under the field it is about. Pages stay thin; this is tested on its own.
import * as v from 'valibot';
import { catalogAddSchema, catalogUpdateSchema } from '@core/api/contracts/admin';
import type { Req } from '@core/api/contracts';
import type { CatalogItem, PublishLevel } from '@core/model';

export const CHANNELS = ['政府网站', '两微一端', '公示栏', '政务服务中心', '便民服务站', '广播电视', '村（居）务公开栏', '政务服务网'];
export const LEVELS: Array<[PublishLevel, string]> = [
  ['county', '县级'],
  ['town', '乡级'],
  ['village', '村级'],
];
export const CYCLE_UNITS: Array<[CatalogItem['updateCycle']['unit'], string]> = [
  ['event', '发生时'],
  ['day', '每日'],
  ['month', '每月'],
  ['quarter', '每季度'],
  ['year', '每年'],
];

export interface CatalogForm {
  level1: string;
  level2: string;
  summary: string;
  /** One per line. */
  contents: string;
  basis: string;
  trigger: string;
  days: string;
  dayKind: 'working' | 'calendar';
  cycleUnit: CatalogItem['updateCycle']['unit'];
  cycleEvery: string;
  cycleText: string;
  channels: string[];
  unitId: string;
  personName: string;
  personPost: string;
  consultPhone: string;
  reportPhone: string;
  audience: CatalogItem['audience'];
  mode: CatalogItem['mode'];
  levels: PublishLevel[];
}

export function formOf(item: CatalogItem): CatalogForm {
  return {
    level1: item.level1,
    level2: item.level2,
    summary: item.summary,
    contents: item.contents.join('\n'),
    basis: item.basis.join('\n'),
    trigger: item.timeLimit.trigger,
    days: String(item.timeLimit.days),
    dayKind: item.timeLimit.dayKind,
    cycleUnit: item.updateCycle.unit,
    cycleEvery: String(item.updateCycle.every),
    cycleText: item.updateCycle.text,
    channels: [...item.channels],
    unitId: item.unitId,
    personName: item.responsiblePerson?.name ?? '',
    personPost: item.responsiblePerson?.post ?? '',
    consultPhone: item.consultPhone.number,
    reportPhone: item.reportPhone.number,
    audience: item.audience,
    mode: item.mode,
    levels: [...item.levels],
  };
}

export function emptyForm(): CatalogForm {
  return {
    level1: '',
    level2: '',
    summary: '',
    contents: '',
    basis: '',
    trigger: '信息形成（变更）之日',
    days: '20',
    dayKind: 'working',
    cycleUnit: 'quarter',
    cycleEvery: '1',
    cycleText: '每季度',
    channels: [],
    unitId: '',
    personName: '',
    personPost: '',
    consultPhone: '',
    reportPhone: '',
    audience: '全社会',
    mode: '主动',
    levels: [],
  };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
/** A number typed as text; NaN stays NaN so the schema says what is wrong. */
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** Every element as the function takes it (what catalog.add sends). */
function elements(f: CatalogForm) {
  return {
    level1: f.level1,
    level2: f.level2,
    summary: f.summary,
    contents: lines(f.contents),
    basis: lines(f.basis),
    timeLimit: { trigger: f.trigger, days: num(f.days), dayKind: f.dayKind },
    updateCycle: { unit: f.cycleUnit, every: num(f.cycleEvery), text: f.cycleText },
    channels: f.channels,
    unitId: f.unitId,
    responsiblePerson: { name: f.personName, post: f.personPost },
    consultPhone: f.consultPhone,
    reportPhone: f.reportPhone,
    audience: f.audience,
    mode: f.mode,
    levels: f.levels,
  };
}

export function addInput(f: CatalogForm, domain: string) {
  const e = elements(f);
  return {
    domain,
    ...e,
    ...(f.consultPhone.trim() ? {} : { consultPhone: undefined }),
    ...(f.reportPhone.trim() ? {} : { reportPhone: undefined }),
  };
}

/** catalog.update's input: the item id and only the elements that differ from the item. */
export function updateInput(f: CatalogForm, item: CatalogItem): Record<string, unknown> {
  const now = elements(f);
  const was = elements(formOf(item));
  const out: Record<string, unknown> = { itemId: item.id };
  for (const k of Object.keys(now) as Array<keyof typeof now>) if (JSON.stringify(now[k]) !== JSON.stringify(was[k])) out[k] = now[k];
  // A changed trigger or number of days gets the words made from them, not the old ones.
  if (out.timeLimit) delete (out.timeLimit as { text?: string }).text;
  return out;
}

/** Each field's first issue, by the top-level field of the schema (timeLimit, channels …). */
export function issuesOf(schema: v.GenericSchema, input: unknown): Record<string, string> {
  const r = v.safeParse(schema, input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? key : 'form';
    if (!out[field]) out[field] = issue.message;
  }
  return out;
}

export const checkAdd = (input: unknown) => issuesOf(catalogAddSchema, input);
export const checkUpdate = (input: unknown) => issuesOf(catalogUpdateSchema, input);
export type AddReq = Req<'admin', 'catalog.add'>;
export type UpdateReq = Req<'admin', 'catalog.update'>;

/** A history value in words: 公开时限 as its text, 责任人 as 姓名（职务）, lists joined. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（无）';
  if (Array.isArray(value)) return value.map(valueText).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') return o.text;
    if (typeof o.number === 'string') return o.number;
    if (typeof o.name === 'string' && typeof o.post === 'string') return `${o.name}（${o.post}）`;
    if (typeof o.at === 'string') return '已停用';
    return JSON.stringify(value);
  }
  const level = LEVELS.find(([l]) => l === value);
  return level ? level[1] : String(value);
}
