// 动态调整 of a county's catalog by its 政务公开办: edit an item's standard elements (each edit
// makes the next version), add a county item, retire one. Every change is a history entry
// (catalog_history: who, when, field by field before -> after) and an audit event. The
// history entry is written first and claims the version: of two concurrent edits of one
// version only one succeeds, the other is told to refresh. Disclosures keep the version they
// were published under (Disclosure.itemVersion, set on approval).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Data } from '../api/contracts';
import type { CatalogItem, Phone, TimeLimit } from '../model';
import { CatalogVersionTaken, MAX_READ, type Clock, type Store } from '../store';
import { recordAudit } from '../audit';
import { requireCountyAdmin } from '../accounts/people-service';
import { publisherText } from './build-county';
import { textForbidsHardship } from '../privacy/hardship';
import type { CatalogChange, CatalogHistoryEntry } from './history';

export interface CatalogAdminDeps {
  store: Store;
  clock: Clock;
}

/** The standard elements people read, by field: what a history entry names. */
export const ELEMENT_LABELS: Record<string, string> = {
  level1: '一级事项',
  level2: '二级事项',
  summary: '事项说明',
  contents: '公开内容',
  basis: '公开依据',
  timeLimit: '公开时限',
  updateCycle: '更新周期',
  channels: '公开渠道',
  publisher: '公开主体',
  unitId: '责任单位',
  unitName: '责任单位名称',
  responsiblePerson: '责任人',
  consultPhone: '咨询电话',
  reportPhone: '监督举报电话',
  audience: '公开对象',
  mode: '公开方式',
  levels: '公开层级',
  retired: '停用',
};

function timeLimitOf(t: { trigger: string; days: number; dayKind: 'working' | 'calendar'; text?: string }): TimeLimit {
  return {
    trigger: t.trigger,
    days: t.days,
    dayKind: t.dayKind,
    text: t.text ?? `${t.trigger}起${t.days}个${t.dayKind === 'working' ? '工作日' : '日'}内`,
  };
}

const phone = (number: string): Phone => ({ number, demo: false });

/** What an item must carry to be a standard item: every element present, the time limit a number of days. */
export function catalogItemProblem(item: CatalogItem): string | null {
  for (const f of ['level1', 'level2', 'summary', 'publisher', 'unitId'] as const)
    if (!item[f]?.trim()) return `请填写${ELEMENT_LABELS[f] ?? f}`;
  for (const f of ['contents', 'basis', 'channels', 'levels'] as const) if (!item[f]?.length) return `请填写${ELEMENT_LABELS[f]}`;
  const t = item.timeLimit;
  if (!t || !t.trigger || !Number.isInteger(t.days) || t.days < 1 || !['working', 'calendar'].includes(t.dayKind))
    return '公开时限有误：应写明起算事件和天数';
  if (!item.updateCycle?.text) return '请填写更新周期';
  if (!item.consultPhone?.number || !item.reportPhone?.number) return '请填写咨询电话和监督举报电话';
  return null;
}

function diff(before: CatalogItem | null, after: CatalogItem): CatalogChange[] {
  const changes: CatalogChange[] = [];
  for (const field of Object.keys(ELEMENT_LABELS)) {
    const b = before ? (before as unknown as Record<string, unknown>)[field] : undefined;
    const a = (after as unknown as Record<string, unknown>)[field];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field, label: ELEMENT_LABELS[field], before: b ?? null, after: a ?? null });
  }
  return changes;
}

async function ownItem(store: Store, countyCode: string, itemId: string): Promise<CatalogItem> {
  const item = await store.getCatalogItem(itemId);
  if (!item || item.countyCode !== countyCode) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  return item;
}

/** Writes the next version: history entry (claims the version), the item, the audit event. */
async function commit(
  deps: CatalogAdminDeps,
  admin: { openid: string; countyCode: string },
  action: CatalogHistoryEntry['action'],
  before: CatalogItem | null,
  next: CatalogItem,
): Promise<CatalogItem> {
  const problem = catalogItemProblem(next);
  if (problem) throw new AppError('INVALID_INPUT', problem);
  const changes = diff(before, next);
  if (before && !changes.length) throw new AppError('INVALID_INPUT', '没有要修改的内容');
  const now = deps.clock.now();
  const entry: CatalogHistoryEntry = {
    id: `${next.id}@${next.version}`,
    itemId: next.id,
    countyCode: next.countyCode,
    version: next.version,
    action,
    at: now.toISOString(),
    actor: admin.openid,
    changes,
  };
  try {
    await deps.store.appendCatalogHistory(entry);
  } catch (e) {
    if (e instanceof CatalogVersionTaken) throw new AppError('CONFLICT', '这个事项刚被别人修改过，请刷新后再改');
    throw e;
  }
  await deps.store.putCatalogItems([next]);
  await recordAudit(deps.store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action,
    target: `catalog:${next.id}`,
    before,
    after: next,
    countyCode: admin.countyCode,
  });
  return next;
}

async function unitOf(store: Store, countyCode: string, unitId: string) {
  const unit = await store.getUnit(unitId);
  if (!unit) throw new AppError('INVALID_INPUT', '没有这个单位，请选择本县（区）的责任单位');
  if (unit.countyCode !== countyCode) throw new AppError('FORBIDDEN', '只能选择本县（区）的责任单位');
  return unit;
}

export async function updateCatalogItem(deps: CatalogAdminDeps, caller: Caller, req: Data<'admin', 'catalog.update'>) {
  const admin = requireCountyAdmin(caller, '调整公开目录');
  const item = await ownItem(deps.store, admin.countyCode, req.itemId);
  if (item.retired) throw new AppError('CONFLICT', '这个事项已停用，不能再修改');
  const { itemId: _itemId, timeLimit, consultPhone, reportPhone, unitId, ...rest } = req;
  const next: CatalogItem = { ...item, ...rest, version: item.version + 1 };
  if (timeLimit) next.timeLimit = timeLimitOf(timeLimit);
  if (consultPhone) next.consultPhone = phone(consultPhone);
  if (reportPhone) next.reportPhone = phone(reportPhone);
  if (unitId && unitId !== item.unitId) {
    const unit = await unitOf(deps.store, admin.countyCode, unitId);
    next.unitId = unit.id;
    next.unitName = unit.name;
    next.publisher = publisherText(next.levels, unit);
  } else if (req.levels) {
    next.publisher = publisherText(next.levels, await unitOf(deps.store, admin.countyCode, next.unitId));
  }
  if (req.contents || req.summary) {
    if (textForbidsHardship([...next.contents, next.summary])) next.forbidsHardshipCategory = true;
    else delete next.forbidsHardshipCategory;
  }
  return commit(deps, admin, 'catalog.update', item, next);
}

export async function addCatalogItem(deps: CatalogAdminDeps, caller: Caller, req: Data<'admin', 'catalog.add'>) {
  const admin = requireCountyAdmin(caller, '调整公开目录');
  const { store } = deps;
  const county = await store.getCounty(admin.countyCode);
  if (!county?.domains.some((d) => d.id === req.domain)) throw new AppError('INVALID_INPUT', '领域有误：请从本县的公开领域中选择');
  const unit = await unitOf(store, admin.countyCode, req.unitId);
  const siblings = await store.listCatalogItems(admin.countyCode, req.domain);
  const n = await store.nextSequence(`catalog:${admin.countyCode}`);
  const templateId = `${req.domain}-county${String(n).padStart(3, '0')}`;
  const item: CatalogItem = {
    id: `${admin.countyCode}-${templateId}`,
    countyCode: admin.countyCode,
    templateId,
    version: 1,
    domain: req.domain,
    level1: req.level1,
    level2: req.level2,
    summary: req.summary,
    contents: req.contents,
    basis: req.basis,
    timeLimit: timeLimitOf(req.timeLimit),
    publisher: publisherText(req.levels, unit),
    unitId: unit.id,
    unitName: unit.name,
    updateCycle: req.updateCycle,
    channels: req.channels,
    audience: req.audience,
    mode: req.mode,
    levels: req.levels,
    consultPhone: req.consultPhone ? phone(req.consultPhone) : { ...unit.hotline },
    reportPhone: req.reportPhone ? phone(req.reportPhone) : { number: '12345', demo: false },
    responsiblePerson: req.responsiblePerson,
    ...(textForbidsHardship([...req.contents, req.summary]) ? { forbidsHardshipCategory: true } : {}),
    order: Math.max(0, ...siblings.map((i) => i.order)) + 1,
  };
  return commit(deps, admin, 'catalog.add', null, item);
}

export async function retireCatalogItem(deps: CatalogAdminDeps, caller: Caller, itemId: string) {
  const admin = requireCountyAdmin(caller, '调整公开目录');
  const item = await ownItem(deps.store, admin.countyCode, itemId);
  if (item.retired) throw new AppError('CONFLICT', '这个事项已经停用');
  const next: CatalogItem = { ...item, version: item.version + 1, retired: { at: deps.clock.now().toISOString(), by: admin.openid } };
  return commit(deps, admin, 'catalog.retire', item, next);
}

export async function catalogHistory(deps: CatalogAdminDeps, caller: Caller, itemId: string) {
  const admin = requireCountyAdmin(caller, '查看公开目录的调整记录');
  const item = await ownItem(deps.store, admin.countyCode, itemId);
  const history = await deps.store.listCatalogHistory(itemId, MAX_READ);
  // Who made each version, by name: the few people who edit a county's catalog.
  const names = new Map<string, string>();
  for (const actor of new Set(history.map((h) => h.actor)))
    names.set(actor, (await deps.store.getAccount(actor))?.name ?? '（已不在系统中的人员）');
  return { item, history: history.map((h) => ({ ...h, actorName: names.get(h.actor)! })) };
}

export async function listCatalogForAdmin(deps: CatalogAdminDeps, caller: Caller, domain?: string) {
  const admin = requireCountyAdmin(caller, '查看公开目录');
  // Without a domain, the domains alone: the page's first screen.
  const [county, items] = await Promise.all([
    deps.store.getCounty(admin.countyCode),
    domain ? deps.store.listCatalogItems(admin.countyCode, domain) : Promise.resolve([]),
  ]);
  if (!county) throw new AppError('NOT_FOUND', '这个县（区）还没有建立政务公开目录');
  return { domains: [...county.domains].sort((a, b) => a.order - b.order), items };
}

/** a, b, …, z, ba, bb …: domain ids are letters only (schema-parts `domain`). */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

export async function addDomain(deps: CatalogAdminDeps, caller: Caller, req: Data<'admin', 'catalog.addDomain'>) {
  const admin = requireCountyAdmin(caller, '调整公开目录');
  const county = await deps.store.getCounty(admin.countyCode);
  if (!county) throw new AppError('NOT_FOUND', '这个县（区）还没有建立政务公开目录');
  if (county.domains.some((d) => d.name === req.name)) throw new AppError('CONFLICT', `已经有“${req.name}”这个领域了`);
  if (county.domains.length >= 40) throw new AppError('INVALID_INPUT', '公开领域不能超过40个');
  // The id comes from a counter, so two admins adding at once never get the same one.
  const n = await deps.store.nextSequence(`domain:${admin.countyCode}`);
  const domain = {
    id: `local_${letters(n - 1)}`,
    name: req.name,
    shortName: req.shortName ?? req.name,
    order: Math.max(0, ...county.domains.map((d) => d.order)) + 1,
    summary: req.summary,
  };
  const domainsVersion = (county.domainsVersion ?? 1) + 1;
  const version = county.version ?? 0;
  const next = { ...county, domains: [...county.domains, domain], domainsVersion, version: version + 1 };
  // Compared and set: another admin's change made meanwhile is never overwritten.
  if (!(await deps.store.updateCounty(next, version))) throw new AppError('CONFLICT', '本县的公开领域刚被他人修改，请刷新后再试');
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'catalog.addDomain',
    target: `county:${admin.countyCode}`,
    before: { domainsVersion: county.domainsVersion ?? 1, domains: county.domains.map((d) => d.name) },
    after: { domainsVersion, domains: next.domains.map((d) => d.name), added: domain },
    countyCode: admin.countyCode,
  });
  return { domain, domainsVersion };
}
