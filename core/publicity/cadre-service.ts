// Drafting a disclosure, at every level: a county unit's staff, a town government's staff or a
// 驻村 cadre picks a place it publishes for and a catalog item it may publish there
// (core/publicity/publishers.ts), writes (body, or a link to where the document already lives,
// with its 政策解读), adds a table (pasted or imported) and attachments, previews exactly what the
// public will see, and submits for review. The `publish` function serves it; `cadre` is its
// older name for cadres.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { DraftView, DueEntry, Preview } from '../api/publicity-views';
import type { DraftInput } from '../api/contracts/publish';
import type { ComplaintDeps } from '../complaints/deps';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { normalizeCode } from '../regions/codes';
import { parsePastedTable, TableParseError } from '../tables/parse';
import { itemState } from '../catalog/state';
import { toSummary } from '../disclosures/public-view';
import type { CatalogItem, Disclosure, DocLink, Region } from '../model';
import type { Draft } from './model';
import { shortHash } from '../ids';
import { draftView, preview, type PreviewOptions } from './views';
import { maskText } from '../privacy/masker';
import type { Attachment } from '../model';
import { checkMayPublish, mayPublishItem, publisherOf, publisherView, targetsOf, type Publisher } from './publishers';
import { interpretationText } from './policy';
import { checkFormedOn, judge, ruleOf, type Timeliness } from './timeliness';
import { loadCalendar } from '../calendar/loader';
import { addDays, shanghaiDate } from '../time/shanghai';

export type PublicityDeps = Pick<ComplaintDeps, 'store' | 'clock' | 'check'>;

async function ownDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<{ me: Publisher; d: Draft }> {
  const me = await publisherOf(deps.store, caller);
  const d = await deps.store.getDraft(id);
  if (!d || d.authorOpenid !== me.openid) throw new AppError('NOT_FOUND', '没有找到这份草稿');
  return { me, d };
}

/** The county's hardship categories for the preview (the default list when it sets none). */
export async function previewOptions(deps: PublicityDeps, countyCode: string): Promise<PreviewOptions> {
  const county = await deps.store.getCounty(countyCode);
  return county?.hardshipCategories?.length ? { hardshipCategories: county.hardshipCategories } : {};
}

/** A link is public as it is (masking it would break it): one carrying an ID number or a mobile is refused. */
function refuseIdsIn(url: string, what: string): void {
  if (maskText(url).findings.some((f) => f.kind === 'id_number' || f.kind === 'mobile')) {
    throw new AppError('INVALID_INPUT', `${what}的地址里含有身份证号或手机号，请改名后重新上传`);
  }
}

/** Attachment and document links may not carry personal numbers; names are masked on the way out. */
function checkLinks(list: Attachment[] | undefined, link: DocLink | null | undefined): void {
  for (const a of list ?? []) refuseIdsIn(a.url, `附件“${maskText(a.name).text}”`);
  if (link) refuseIdsIn(link.url, `原文链接“${maskText(link.title).text}”`);
}

function tableFrom(input: DraftInput): Draft['rawTable'] {
  if (input.pasted && input.pasted.trim()) {
    try {
      return parsePastedTable(input.pasted);
    } catch (e) {
      if (e instanceof TableParseError) throw new AppError('INVALID_INPUT', e.message);
      throw e;
    }
  }
  if (input.table && input.table.columns.length) return input.table;
  return undefined;
}

/**
 * The draft's due date (and lateness were it published at `now`): from its 信息形成 date, or for a
 * periodic item from the last publication of the item at the place. While drafting, an
 * event-driven item without a date has none yet (`drafting`); on approval the draft's start stands in.
 */
export async function timelinessOf(
  deps: PublicityDeps,
  d: Pick<Draft, 'formedOn' | 'regionCode' | 'itemId' | 'createdAt'>,
  item: CatalogItem | null,
  now: Date,
  drafting: boolean,
): Promise<Timeliness> {
  if (!item) return { late: false };
  const rule = ruleOf(item);
  if (drafting && rule.kind === 'formation' && !d.formedOn) return { late: false };
  let previousOn: string | null = null;
  if (rule.kind === 'cycle' && !d.formedOn) {
    const [last] = await deps.store.listDisclosures({ regionCodes: [d.regionCode], itemId: d.itemId, limit: 1 });
    previousOn = last ? shanghaiDate(new Date(last.publishedAt)) : null;
  }
  const cal = await loadCalendar(deps.store, now.getTime());
  return judge(cal, item, { formedOn: d.formedOn, previousOn, startedOn: shanghaiDate(new Date(d.createdAt)) }, shanghaiDate(now));
}

/**
 * publish due.preview: the last day to publish, as the editor's 信息形成 date is chosen, on the
 * county's calendar of working days (which the page does not hold), and whether publishing
 * today would already be late. Saves nothing; judged as the approval will judge it.
 */
export async function previewDue(
  deps: PublicityDeps,
  caller: Caller,
  req: { itemId: string; regionCode: string; formedOn?: string },
): Promise<Timeliness> {
  const me = await publisherOf(deps.store, caller);
  const code = normalizeCode(req.regionCode);
  if (!code || !me.regionCodes.includes(code)) checkMayPublish(me, null, code ?? '');
  const item = await deps.store.getCatalogItem(req.itemId);
  checkMayPublish(me, item, code!);
  const now = deps.clock.now();
  checkFormedOn(ruleOf(item!), req.formedOn, shanghaiDate(now), false);
  return timelinessOf(
    deps,
    { formedOn: req.formedOn, regionCode: code!, itemId: req.itemId, createdAt: now.toISOString() },
    item,
    now,
    true,
  );
}

export async function myVillages(deps: PublicityDeps, caller: Caller) {
  const me = await publisherOf(deps.store, caller);
  const regions = await Promise.all(me.regionCodes.map((c) => deps.store.getRegion(c)));
  return { villages: regions.filter((r) => r !== null).map((r) => ({ code: r!.code, name: r!.name, path: r!.path })) };
}

export async function myTargets(deps: PublicityDeps, caller: Caller) {
  const me = await publisherOf(deps.store, caller);
  return { publisher: publisherView(me), targets: await targetsOf(deps.store, me), today: shanghaiDate(deps.clock.now()) };
}

export async function saveDraft(deps: PublicityDeps, caller: Caller, input: DraftInput): Promise<{ draft: DraftView; preview: Preview }> {
  const me = await publisherOf(deps.store, caller);
  const { store, clock } = deps;
  const code = normalizeCode(input.regionCode);
  if (!code || !me.regionCodes.includes(code)) checkMayPublish(me, null, code ?? '');
  const [region, item] = await Promise.all([store.getRegion(code!), store.getCatalogItem(input.itemId)]);
  if (!region) throw new AppError('NOT_FOUND', '没有找到这个地方');
  checkMayPublish(me, item, code!);
  const rawTable = tableFrom(input);
  checkLinks(input.attachments, input.link);
  checkFormedOn(ruleOf(item), input.formedOn, shanghaiDate(clock.now()), false);
  const opts = await previewOptions(deps, item.countyCode);
  const nowDate = clock.now();
  const now = nowDate.toISOString();
  const { dueOn } = await timelinessOf(deps, { ...input, regionCode: region.code, createdAt: now }, item, nowDate, true);
  const where = {
    level: me.level,
    ...(me.unitId ? { publisherUnitId: me.unitId } : {}),
    ...(me.name ? { publisherName: me.name } : {}),
    countyCode: item.countyCode,
    townCode: code!.length >= 9 ? code!.slice(0, 9) : '',
    regionCode: region.code,
    regionName: region.name,
    itemId: item.id,
    itemTitle: item.level2,
    domain: item.domain,
  };
  const content = {
    title: input.title,
    body: input.body,
    ...(input.link ? { link: input.link } : {}),
    ...(input.interpretation?.length ? { interpretation: input.interpretation } : {}),
    ...(input.formedOn ? { formedOn: input.formedOn } : {}),
    ...(dueOn ? { dueOn } : {}),
  };

  if (input.id) {
    const { d } = await ownDraft(deps, caller, input.id);
    if (d.status !== 'draft') throw new AppError('CONFLICT', '已提交审核的公示不能再修改');
    if (input.version !== undefined && input.version !== d.version) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
    const next: Draft = {
      ...d,
      ...where,
      ...content,
      rawTable,
      attachments: input.attachments ?? d.attachments,
      publicityStart: input.publicityStart,
      version: d.version + 1,
      updatedAt: now,
      history: [...d.history, { at: now, action: 'save', by: me.by }],
    };
    if (!rawTable) delete next.rawTable;
    if (!input.publicityStart) delete next.publicityStart;
    if (!input.link) delete next.link;
    if (!input.interpretation?.length) delete next.interpretation;
    if (!input.formedOn) delete next.formedOn;
    if (!dueOn) delete next.dueOn;
    if (!(await store.updateDraft(next, d.version))) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
    return { draft: draftView(next, item, true), preview: preview(next, item, opts) };
  }

  const draft: Draft = {
    id: `pub-${code}-${shortHash(`${me.openid}\u0000${input.requestId}`)}`,
    requestId: input.requestId,
    authorOpenid: me.openid,
    authorName: me.authorName,
    ...where,
    ...content,
    ...(rawTable ? { rawTable } : {}),
    attachments: input.attachments ?? [],
    ...(input.publicityStart ? { publicityStart: input.publicityStart } : {}),
    status: 'draft',
    version: 1,
    createdAt: now,
    updatedAt: now,
    history: [{ at: now, action: 'save', by: me.by }],
  };
  const { draft: stored } = await store.insertDraft(draft);
  const storedItem = stored.itemId === item.id ? item : await store.getCatalogItem(stored.itemId);
  return { draft: draftView(stored, storedItem, true), preview: preview(stored, storedItem, opts) };
}

export async function getDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<DraftView> {
  const { d } = await ownDraft(deps, caller, id);
  return draftView(d, await deps.store.getCatalogItem(d.itemId), true);
}

export async function previewDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<Preview> {
  const { d } = await ownDraft(deps, caller, id);
  return preview(d, await deps.store.getCatalogItem(d.itemId), await previewOptions(deps, d.countyCode));
}

export async function submitDraft(deps: PublicityDeps, caller: Caller, req: { id: string; version: number }): Promise<DraftView> {
  const { me, d } = await ownDraft(deps, caller, req.id);
  const { store, clock } = deps;
  if (d.status === 'pending_review') return draftView(d, await store.getCatalogItem(d.itemId), true); // a retry
  if (d.status !== 'draft') throw new AppError('CONFLICT', '这份公示已经处理过了');
  if (req.version !== d.version) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
  const item = await store.getCatalogItem(d.itemId);
  // The 公开时限 counts from the 信息形成 date: an event-driven item cannot go to review without it.
  if (item) checkFormedOn(ruleOf(item), d.formedOn, shanghaiDate(clock.now()), true);
  const p = preview(d, item);
  // The same text check as complaints: the reviewer is a person, so `review` goes on to them.
  const text = [p.title, p.body, p.link?.title ?? '', interpretationText(p.interpretation)].join('\n');
  const suggest = await deps.check.checkText(text, d.authorOpenid);
  if (suggest === 'risky') throw new AppError('CONTENT_REJECTED', '公示内容含有不适宜公开的信息，请修改后再提交');
  const now = clock.now().toISOString();
  const next: Draft = {
    ...d,
    status: 'pending_review',
    version: d.version + 1,
    updatedAt: now,
    submittedAt: now,
    history: [...d.history, { at: now, action: 'submit', by: me.by, ...(suggest === 'review' ? { note: '内容需审核人重点核对' } : {}) }],
  };
  delete next.reviewNote;
  if (!(await store.updateDraft(next, d.version))) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
  return draftView(next, item, true);
}

export async function myDrafts(deps: PublicityDeps, caller: Caller, cursor?: string) {
  const me = await publisherOf(deps.store, caller);
  const after = cursor ? decodeCursor(cursor, ['updatedAt', 'id']) : undefined;
  const rows = await deps.store.listDraftsByAuthor(me.openid, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map((d) => draftView(d, null, false)),
    next: rows.length > PAGE && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  };
}

/**
 * Items published at these places that are overdue or were never published: `pick` chooses the
 * items that concern a place (village-level ones for a village, a unit's own for its county…).
 */
export async function dueFor(
  deps: PublicityDeps,
  regionCodes: string[],
  pick: (item: CatalogItem, regionCode: string) => boolean = (item) => item.levels.includes('village'),
): Promise<{ items: DueEntry[] }> {
  const { store, clock } = deps;
  const now = clock.now();
  const items: DueEntry[] = [];
  const catalogs = new Map<string, CatalogItem[]>();
  for (const code of regionCodes.slice(0, 50)) {
    const region = await store.getRegion(code);
    if (!region) continue;
    const county = code.slice(0, 6);
    if (!catalogs.has(county)) catalogs.set(county, await store.listCatalogItems(county));
    items.push(...(await dueAtPlace(deps, region, catalogs.get(county)!, (i) => pick(i, code), now)));
  }
  return { items: overdueFirst(items) };
}

/** One place's entries: its items that are overdue, never published, or (soonDays) due within that many days. */
export async function dueAtPlace(
  deps: PublicityDeps,
  region: Pick<Region, 'code' | 'name'>,
  catalog: CatalogItem[],
  pick: (item: CatalogItem) => boolean,
  now: Date,
  soonDays = 0,
): Promise<DueEntry[]> {
  const wanted = catalog.filter((i) => !i.retired && pick(i));
  if (!wanted.length) return [];
  const disclosures = await deps.store.listDisclosures({ regionCodes: [region.code], limit: 100 });
  const latest = new Map<string, Disclosure>();
  for (const d of disclosures) if (!latest.has(d.itemId)) latest.set(d.itemId, d);
  const soon = soonDays > 0 ? addDays(shanghaiDate(now), soonDays) : '';
  const out: DueEntry[] = [];
  for (const item of wanted) {
    const d = latest.get(item.id) ?? null;
    const { state, nextDue } = itemState(item, d, now);
    if (state === '已公开' && !(soon && nextDue && nextDue <= soon)) continue;
    out.push({ regionCode: region.code, regionName: region.name, entry: { item, state, nextDue, latest: d ? toSummary(d, now) : null } });
  }
  return out;
}

/** Overdue first (they broke a promise), then never published, then what falls due soon. */
export function overdueFirst(items: DueEntry[]): DueEntry[] {
  const rank = { 逾期未更新: 0, 暂无: 1, 已公开: 2 } as const;
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank[a.x.entry.state] - rank[b.x.entry.state] || a.i - b.i)
    .map((y) => y.x);
}

export async function cadreDue(deps: PublicityDeps, caller: Caller) {
  const me = await publisherOf(deps.store, caller);
  return dueFor(deps, me.regionCodes, (item) => mayPublishItem(me, item));
}
