// The use cases behind the `public` cloud function: read-only, no login. Each action makes
// at most two store reads so a screen stays cheap on the cloud database.
import type { CatalogItem, Disclosure, Region } from '../model';
import type { Clock, Store } from '../store';
import { MAX_READ } from '../store';
import { AppError } from './errors';
import type { Handlers } from './contract';
import type { PUBLIC } from './contracts/public';
import type { CatalogEntry, CountyView } from './public-views';
import { countyOf, disclosureChain, normalizeCode } from '../regions/codes';
import { publicStats } from '../stats/service';
import { publicationFigure } from '../stats/coverage';
import { disclosureSearchTexts, isPubliclyVisible, toSummary, toView } from '../disclosures/public-view';
import { itemState } from '../catalog/state';
import { containsAll, queryTokens } from '../search/tokens';
import { expandQuery } from '../search/synonyms';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from './cursor';
import { shanghaiDate } from '../time/shanghai';
import type { County } from '../regions/county';
import { listResponses } from '../responses/service';
import { catalogFile, disclosuresPage, feedFile } from '../opendata/service';
import { lookupComplaint } from '../complaints/lookup';
import { disclosureCodeImage } from '../disclosures/code';
import type { QrCodes } from '../platform/ports';

export interface PublicDeps {
  store: Store;
  clock: Clock;
  /** Where people reach the H5 app (PUBLIC_BASE_URL): links in open data and feeds. */
  baseUrl?: string;
  /** The host's platform services (the functions' context); only mini-program codes are used here. */
  platform?: { qrCodes?: QrCodes };
}

function canonical(code: string): string {
  const c = normalizeCode(code);
  if (!c) throw new AppError('INVALID_INPUT', '地区代码有误');
  return c;
}

function countyView(c: County): CountyView {
  return { code: c.code, name: c.name, domains: [...c.domains].sort((a, b) => a.order - b.order) };
}

// A county's settings (its domains, fallback unit) change only when the county edits its
// catalog, yet every domain screen needs them: a warm function instance keeps them a minute.
const COUNTY_TTL_MS = 60_000;
const countyCache = new WeakMap<Store, Map<string, { county: County | null; at: number }>>();

async function cachedCounty(store: Store, code: string, now: number): Promise<County | null> {
  let byCode = countyCache.get(store);
  if (!byCode) countyCache.set(store, (byCode = new Map()));
  const hit = byCode.get(code);
  if (hit && now - hit.at < COUNTY_TTL_MS) return hit.county;
  const county = await store.getCounty(code);
  byCode.set(code, { county, at: now });
  return county;
}

async function requireCounty(store: Store, regionCode: string): Promise<County> {
  const countyCode = countyOf(regionCode);
  const county = countyCode ? await cachedCounty(store, countyCode, Date.now()) : null;
  if (!county) throw new AppError('NOT_FOUND', '这个地区还没有建立政务公开目录');
  return county;
}

/** The use case of each action of the `public` function (its contract: core/api/contracts/public.ts). */
export const publicActions: Handlers<typeof PUBLIC, PublicDeps> = {
  async 'regions.get'({ store }, req) {
    const code = canonical(req.code);
    const countyCode = countyOf(code);
    const [region, county] = await Promise.all([
      store.getRegion(code),
      countyCode ? cachedCounty(store, countyCode, Date.now()) : Promise.resolve(null),
    ]);
    if (!region) throw new AppError('NOT_FOUND', '没有找到这个地区');
    return { region, county: county ? countyView(county) : null };
  },

  async 'regions.children'({ store }, req) {
    const code = canonical(req.code);
    const after = req.cursor ? decodeCursor(req.cursor, ['code']).code : undefined;
    const [region, items] = await Promise.all([store.getRegion(code), store.listRegionChildren(code, MAX_READ, after)]);
    if (!region) throw new AppError('NOT_FOUND', '没有找到这个地区');
    const next = items.length === MAX_READ ? encodeCursor({ code: items[items.length - 1].code }) : null;
    return { region, items, next };
  },

  async 'regions.search'({ store }, req) {
    const q = queryTokens(req.q);
    if (!q) throw new AppError('INVALID_INPUT', '请输入地名中的文字');
    const hits = await store.searchRegions(q, MAX_READ);
    const items = hits.filter((r: Region) => containsAll(r.name, req.q)).slice(0, PAGE);
    return { items };
  },

  async 'catalog.list'({ store, clock }, req) {
    const code = canonical(req.regionCode);
    const county = await requireCounty(store, code);
    const chain = disclosureChain(code);
    const [items, disclosures] = await Promise.all([
      store.listCatalogItems(county.code, req.domain),
      store.listDisclosures({ regionCodes: chain, domain: req.domain, limit: MAX_READ }),
    ]);
    const now = clock.now();
    // Newest first, so the first one seen per item is its latest.
    const latest = new Map<string, Disclosure>();
    for (const d of disclosures) if (!latest.has(d.itemId)) latest.set(d.itemId, d);
    const domainOrder = new Map(county.domains.map((d) => [d.id, d.order]));
    // A retired item leaves the resident catalog; its disclosures stay readable by id.
    const entries: CatalogEntry[] = items
      .filter((item) => !item.retired)
      .sort((a: CatalogItem, b: CatalogItem) => (domainOrder.get(a.domain) ?? 99) - (domainOrder.get(b.domain) ?? 99) || a.order - b.order)
      .map((item) => {
        const d = latest.get(item.id) ?? null;
        const { state, nextDue } = itemState(item, d, now);
        return { item, state, nextDue, latest: d ? toSummary(d, now) : null };
      });
    return { county: countyView(county), region: { code }, entries };
  },

  async 'catalog.get'({ store }, req) {
    const item = await store.getCatalogItem(req.id);
    if (!item) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
    const unit = await store.getUnit(item.unitId);
    return { item, unit };
  },

  'responses.list': (deps, req) => listResponses(deps, req),

  async 'disclosures.list'({ store, clock }, req) {
    const code = canonical(req.regionCode);
    const after = req.cursor ? decodeCursor(req.cursor, ['publishedAt', 'id']) : undefined;
    const rows = await store.listDisclosures({
      regionCodes: disclosureChain(code),
      domain: req.domain,
      itemId: req.itemId,
      after,
      limit: PAGE + 1,
    });
    const page = rows.slice(0, PAGE);
    const last = page[page.length - 1];
    const next = rows.length > PAGE && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
    const now = clock.now();
    return { items: page.map((d) => toSummary(d, now)), next };
  },

  async 'disclosures.summary'({ store, clock }, req) {
    const code = canonical(req.regionCode);
    const chain = disclosureChain(code);
    const countyCode = countyOf(code);
    const now = clock.now();
    const [counts, running, items, latest] = await Promise.all([
      store.countDisclosuresByDomain(chain),
      store.listRunningPublicity(chain, shanghaiDate(now), PAGE),
      countyCode ? store.listCatalogItems(countyCode) : Promise.resolve([]),
      store.latestByItem(chain),
    ]);
    const publication = items.length ? publicationFigure(code, items, latest, now) : null;
    return { counts, running: running.map((d) => toSummary(d, now)), publication };
  },

  async 'disclosures.get'({ store, clock }, req) {
    const d = await store.getDisclosure(req.id);
    if (!d || !isPubliclyVisible(d)) throw new AppError('NOT_FOUND', '没有找到这条公开信息');
    const item = await store.getCatalogItem(d.itemId);
    return toView(d, item, clock.now());
  },

  'disclosures.code': ({ store, platform }, req) => disclosureCodeImage({ store, qrCodes: platform?.qrCodes }, req.id),

  async 'stats.public'({ store }, req) {
    return publicStats(store, req.countyCode, req.period, req.domain);
  },

  async search({ store, clock }, req) {
    if (!queryTokens(req.q)) throw new AppError('INVALID_INPUT', '请输入要搜索的文字');
    const code = req.regionCode ? canonical(req.regionCode) : undefined;
    const countyCode = code ? (countyOf(code) ?? undefined) : undefined;
    const now = clock.now();
    // The words as typed first, then the official words for everyday ones (core/search/synonyms).
    const runs = [{ text: req.q, why: undefined as string | undefined }, ...expandQuery(req.q).map((e) => ({ text: e.term, why: e.why }))];
    const found = await Promise.all(
      runs.map(async ({ text, why }) => {
        const q = queryTokens(text)!;
        const [items, disclosures] = await Promise.all([
          store.searchCatalog(q, countyCode, MAX_READ),
          store.searchDisclosures(q, code ? disclosureChain(code) : undefined, MAX_READ),
        ]);
        return {
          items: items
            .filter((i) => !i.retired && containsAll([i.level1, i.level2, i.summary, i.contents.join(' '), i.unitName].join(' '), text))
            .map((i) => (why ? { ...i, why } : i)),
          disclosures: disclosures
            .filter((d) => isPubliclyVisible(d) && containsAll(disclosureSearchTexts(d).join(' '), text))
            .map((d) => (why ? { ...toSummary(d, now), why } : toSummary(d, now))),
        };
      }),
    );
    const firstOf = <T extends { id: string }>(lists: T[][]): T[] => {
      const seen = new Set<string>();
      return lists.flat().filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
    };
    return {
      items: firstOf(found.map((f) => f.items)).slice(0, PAGE),
      disclosures: firstOf(found.map((f) => f.disclosures)).slice(0, PAGE),
    };
  },

  'opendata.catalog': (deps, req) => catalogFile(deps, req.countyCode, req.format),
  'opendata.disclosures': (deps, req) => disclosuresPage({ ...deps, baseUrl: deps.baseUrl ?? '' }, req.regionCode, req.format, req.cursor),
  'opendata.feed': (deps, req) => feedFile({ ...deps, baseUrl: deps.baseUrl ?? '' }, req.regionCode, req.domainId),
  'complaints.lookup': (deps, req) => lookupComplaint(deps, req),
};
