// The county 政务公开办 keeps its units' phones and its complaint routes: a real number
// replaces a demo one, a route sends a domain/category/town/kind to a unit, and the preview
// answers "where would this complaint go, and why" with the function the submission uses
// (core/complaints/route-for.ts). Every change is an audit event. Also: the audit record as CSV.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Clock, Store } from '../store';
import type { Data } from '../api/contracts';
import type { Unit } from '../model';
import { defaultRoutes, type Route } from '../complaints/routing';
import { routeFor } from '../complaints/route-for';
import { recordAudit, type AuditEntry } from '../audit';
import { requireCountyAdmin } from '../accounts/people-service';
import { normalizeCode } from '../regions/codes';

export interface CountyAdminDeps {
  store: Store;
  clock: Clock;
}

export async function listCountyUnits(deps: CountyAdminDeps, caller: Caller) {
  const admin = requireCountyAdmin(caller, '维护单位和电话');
  return { units: await deps.store.listUnits(admin.countyCode) };
}

export async function updateUnit(deps: CountyAdminDeps, caller: Caller, req: Data<'admin', 'units.update'>): Promise<Unit> {
  const admin = requireCountyAdmin(caller, '维护单位和电话');
  const unit = await deps.store.getUnit(req.id);
  if (!unit || unit.countyCode !== admin.countyCode) throw new AppError('NOT_FOUND', '没有找到这个单位');
  if (req.name === undefined && req.phone === undefined && req.supervisionPhone === undefined && req.domains === undefined) {
    throw new AppError('INVALID_INPUT', '没有要修改的内容');
  }
  if (req.domains) {
    const county = await deps.store.getCounty(admin.countyCode);
    const known = new Set(county?.domains.map((d) => d.id));
    if (req.domains.some((d) => !known.has(d))) throw new AppError('INVALID_INPUT', '领域有误：请从本县的公开领域中选择');
  }
  const next: Unit = {
    ...unit,
    ...(req.name ? { name: req.name } : {}),
    // A number entered by the county is real: it replaces the demo one and its label.
    ...(req.phone ? { hotline: { number: req.phone, demo: false } } : {}),
    ...(req.supervisionPhone ? { supervisionPhone: { number: req.supervisionPhone, demo: false } } : {}),
    ...(req.domains ? { domains: [...new Set(req.domains)] } : {}),
  };
  await deps.store.putUnits([next]);
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'units.update',
    target: `unit:${unit.id}`,
    before: unit,
    after: next,
    countyCode: admin.countyCode,
  });
  return next;
}

export async function listCountyRoutes(deps: CountyAdminDeps, caller: Caller) {
  const admin = requireCountyAdmin(caller, '维护分派规则');
  const stored = await deps.store.listRoutes(admin.countyCode);
  if (stored.length) return { routes: stored, stored: true };
  return { routes: defaultRoutes(admin.countyCode, await deps.store.listUnits(admin.countyCode)), stored: false };
}

/** A county without stored routes routes by its starting ones: write those first, so a change adds to them. */
async function materialize(store: Store, countyCode: string): Promise<Route[]> {
  const stored = await store.listRoutes(countyCode);
  if (stored.length) return stored;
  const starting = defaultRoutes(countyCode, await store.listUnits(countyCode));
  await store.putRoutes(starting);
  return starting;
}

export async function putRoute(deps: CountyAdminDeps, caller: Caller, req: Data<'admin', 'routes.put'>): Promise<Route> {
  const admin = requireCountyAdmin(caller, '维护分派规则');
  const { store } = deps;
  const unit = await store.getUnit(req.unitId);
  if (!unit) throw new AppError('INVALID_INPUT', '没有这个单位，请从本县（区）的单位中选择');
  if (unit.countyCode !== admin.countyCode) throw new AppError('FORBIDDEN', '只能选择本县（区）的单位');
  if (req.domain) {
    const county = await store.getCounty(admin.countyCode);
    if (!county?.domains.some((d) => d.id === req.domain)) throw new AppError('INVALID_INPUT', '领域有误：请从本县的公开领域中选择');
  }
  if (req.townCode) {
    const town = normalizeCode(req.townCode);
    const region = town ? await store.getRegion(town) : null;
    if (!region || region.level !== 'town' || !region.code.startsWith(admin.countyCode))
      throw new AppError('INVALID_INPUT', '请选择本县（区）的乡镇（街道）');
  }
  if (!req.domain && !req.category && !req.townCode && !req.kind) {
    throw new AppError('INVALID_INPUT', '请至少指定领域、问题类别、乡镇或诉求类型中的一项');
  }
  const routes = await materialize(store, admin.countyCode);
  const before = req.id ? (routes.find((r) => r.id === req.id) ?? null) : null;
  if (req.id && !before) throw new AppError('NOT_FOUND', '没有找到这条分派规则');
  const now = deps.clock.now();
  const route: Route = {
    id:
      req.id ??
      `${admin.countyCode}-route-${now.getTime().toString(36)}-${String(await store.nextSequence(`route:${admin.countyCode}`)).padStart(4, '0')}`,
    countyCode: admin.countyCode,
    ...(req.domain ? { domain: req.domain } : {}),
    ...(req.townCode ? { townCode: req.townCode } : {}),
    ...(req.category ? { category: req.category } : {}),
    ...(req.kind ? { kind: req.kind } : {}),
    unitId: unit.id,
    // Set by the county: it beats a catalog item's 责任单位 (core/complaints/routing.ts).
  };
  await store.putRoutes([route]);
  await recordAudit(store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'routes.put',
    target: `route:${route.id}`,
    before,
    after: route,
    countyCode: admin.countyCode,
  });
  return route;
}

export async function deleteRoute(deps: CountyAdminDeps, caller: Caller, id: string) {
  const admin = requireCountyAdmin(caller, '维护分派规则');
  const routes = await materialize(deps.store, admin.countyCode);
  const before = routes.find((r) => r.id === id);
  if (!before) throw new AppError('NOT_FOUND', '没有找到这条分派规则');
  if (routes.length === 1) throw new AppError('CONFLICT', '至少保留一条分派规则；不需要时可改为指向政务公开办');
  await deps.store.deleteRoute(id);
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'routes.delete',
    target: `route:${id}`,
    before,
    after: null,
    countyCode: admin.countyCode,
  });
  return { id };
}

export async function previewRoute(deps: CountyAdminDeps, caller: Caller, req: Data<'admin', 'routes.preview'>) {
  const admin = requireCountyAdmin(caller, '查看分派规则');
  const { store } = deps;
  const code = normalizeCode(req.regionCode);
  if (!code || !code.startsWith(admin.countyCode)) throw new AppError('FORBIDDEN', '只能查看本县（区）的地区');
  const county = await store.getCounty(admin.countyCode);
  if (!county) throw new AppError('NOT_FOUND', '没有找到本县的设置');
  const item = req.itemId ? await store.getCatalogItem(req.itemId) : null;
  if (req.itemId && (!item || item.countyCode !== county.code)) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  const domain = item?.domain ?? req.domain;
  const { route, unit } = await routeFor(store, county, {
    domain,
    townCode: code.length >= 9 ? code.slice(0, 9) : undefined,
    category: req.category,
    kind: req.kind,
    itemUnitId: item?.unitId,
  });
  return { ...route, unitId: unit?.id ?? route.unitId, unitName: unit?.name ?? route.unitId };
}

// ---- the audit record as CSV ----

const CSV_ROWS = 2000;

function csvCell(x: unknown): string {
  let s = x === undefined || x === null ? '' : typeof x === 'string' ? x : JSON.stringify(x);
  // A cell starting with = + - @ is a formula to Excel: quote it as text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function exportAudit(deps: CountyAdminDeps, caller: Caller) {
  const admin = requireCountyAdmin(caller, '导出操作记录');
  const lines = [['时间', '操作人', '角色', '操作', '对象', '修改前', '修改后'].join(',')];
  let after: { at: string; id: string } | undefined;
  let rows = 0;
  while (rows < CSV_ROWS) {
    const page: AuditEntry[] = await deps.store.listAudit(100, after, admin.countyCode);
    for (const e of page) {
      lines.push([e.at, e.actor, e.role, e.action, e.target, e.before, e.after].map(csvCell).join(','));
      if (++rows >= CSV_ROWS) break;
    }
    if (page.length < 100) break;
    after = { at: page[page.length - 1].at, id: page[page.length - 1].id };
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  return { filename: `操作记录-${admin.countyCode}-${day}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}
