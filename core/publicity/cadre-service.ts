// 驻村 cadres draft village publicity: pick one of their villages and a catalog item, write,
// add a table (pasted or imported), preview exactly what the public will see, submit.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { DraftView, DueEntry, Preview } from '../api/publicity-views';
import type { DraftInput } from '../api/contracts/cadre';
import type { ComplaintDeps } from '../complaints/deps';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { normalizeCode } from '../regions/codes';
import { parsePastedTable, TableParseError } from '../tables/parse';
import { itemState } from '../catalog/state';
import { toSummary } from '../disclosures/public-view';
import type { Disclosure } from '../model';
import type { Draft } from './model';
import { shortHash } from '../ids';
import { draftView, preview, type PreviewOptions } from './views';
import { maskText } from '../privacy/masker';
import type { Attachment } from '../model';

export type PublicityDeps = Pick<ComplaintDeps, 'store' | 'clock' | 'check'>;

function cadreOf(caller: Caller) {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  const a = caller.account;
  if (a?.role !== 'cadre') throw new AppError('FORBIDDEN', '只有驻村干部可以发布村务公示');
  return a;
}

async function ownDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<Draft> {
  const me = cadreOf(caller);
  const d = await deps.store.getDraft(id);
  if (!d || d.authorOpenid !== me.openid) throw new AppError('NOT_FOUND', '没有找到这份草稿');
  return d;
}

/** The county's hardship categories for the preview (the default list when it sets none). */
export async function previewOptions(deps: PublicityDeps, countyCode: string): Promise<PreviewOptions> {
  const county = await deps.store.getCounty(countyCode);
  return county?.hardshipCategories?.length ? { hardshipCategories: county.hardshipCategories } : {};
}

/**
 * An attachment's link is public as it is (masking it would break it), so a link carrying an ID
 * number or a mobile is refused; names are masked on the way out.
 */
function checkAttachmentLinks(list: Attachment[] | undefined): void {
  for (const a of list ?? []) {
    if (maskText(a.url).findings.some((f) => f.kind === 'id_number' || f.kind === 'mobile')) {
      throw new AppError('INVALID_INPUT', `附件“${maskText(a.name).text}”的地址里含有身份证号或手机号，请改名后重新上传`);
    }
  }
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

export async function myVillages(deps: PublicityDeps, caller: Caller) {
  const me = cadreOf(caller);
  const regions = await Promise.all(me.regionCodes.map((c) => deps.store.getRegion(c)));
  return { villages: regions.filter((r) => r !== null).map((r) => ({ code: r!.code, name: r!.name, path: r!.path })) };
}

export async function saveDraft(deps: PublicityDeps, caller: Caller, input: DraftInput): Promise<{ draft: DraftView; preview: Preview }> {
  const me = cadreOf(caller);
  const { store, clock } = deps;
  const code = normalizeCode(input.regionCode);
  if (!code || !me.regionCodes.includes(code)) throw new AppError('FORBIDDEN', '您只能为自己驻点的村发布公示');
  const [region, item] = await Promise.all([store.getRegion(code), store.getCatalogItem(input.itemId)]);
  if (!region) throw new AppError('NOT_FOUND', '没有找到这个村');
  if (!item || item.countyCode !== code.slice(0, 6)) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  if (!item.levels.includes('village')) throw new AppError('INVALID_INPUT', '该事项不属于村级公开，请选择村级事项');
  const rawTable = tableFrom(input);
  checkAttachmentLinks(input.attachments);
  const opts = await previewOptions(deps, code.slice(0, 6));
  const now = clock.now().toISOString();

  if (input.id) {
    const d = await ownDraft(deps, caller, input.id);
    if (d.status !== 'draft') throw new AppError('CONFLICT', '已提交审核的公示不能再修改');
    if (input.version !== undefined && input.version !== d.version) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
    const next: Draft = {
      ...d,
      regionCode: code,
      regionName: region.name,
      townCode: code.slice(0, 9),
      itemId: item.id,
      itemTitle: item.level2,
      domain: item.domain,
      title: input.title,
      body: input.body,
      rawTable,
      attachments: input.attachments ?? d.attachments,
      publicityStart: input.publicityStart,
      version: d.version + 1,
      updatedAt: now,
      history: [...d.history, { at: now, action: 'save', by: '驻村干部' }],
    };
    if (!rawTable) delete next.rawTable;
    if (!input.publicityStart) delete next.publicityStart;
    if (!(await store.updateDraft(next, d.version))) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
    return { draft: draftView(next, item, true), preview: preview(next, item, opts) };
  }

  const draft: Draft = {
    id: `pub-${code}-${shortHash(`${me.openid}\u0000${input.requestId}`)}`,
    requestId: input.requestId,
    authorOpenid: me.openid,
    authorName: me.name,
    countyCode: code.slice(0, 6),
    townCode: code.slice(0, 9),
    regionCode: code,
    regionName: region.name,
    itemId: item.id,
    itemTitle: item.level2,
    domain: item.domain,
    title: input.title,
    body: input.body,
    ...(rawTable ? { rawTable } : {}),
    attachments: input.attachments ?? [],
    ...(input.publicityStart ? { publicityStart: input.publicityStart } : {}),
    status: 'draft',
    version: 1,
    createdAt: now,
    updatedAt: now,
    history: [{ at: now, action: 'save', by: '驻村干部' }],
  };
  const { draft: stored } = await store.insertDraft(draft);
  const storedItem = stored.itemId === item.id ? item : await store.getCatalogItem(stored.itemId);
  return { draft: draftView(stored, storedItem, true), preview: preview(stored, storedItem, opts) };
}

export async function getDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<DraftView> {
  const d = await ownDraft(deps, caller, id);
  return draftView(d, await deps.store.getCatalogItem(d.itemId), true);
}

export async function previewDraft(deps: PublicityDeps, caller: Caller, id: string): Promise<Preview> {
  const d = await ownDraft(deps, caller, id);
  return preview(d, await deps.store.getCatalogItem(d.itemId), await previewOptions(deps, d.countyCode));
}

export async function submitDraft(deps: PublicityDeps, caller: Caller, req: { id: string; version: number }): Promise<DraftView> {
  const d = await ownDraft(deps, caller, req.id);
  const { store, clock } = deps;
  if (d.status === 'pending_review') return draftView(d, await store.getCatalogItem(d.itemId), true); // a retry
  if (d.status !== 'draft') throw new AppError('CONFLICT', '这份公示已经处理过了');
  if (req.version !== d.version) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
  const item = await store.getCatalogItem(d.itemId);
  const p = preview(d, item);
  // The same text check as complaints: the reviewer is a person, so `review` goes on to them.
  const suggest = await deps.check.checkText(`${p.title}\n${p.body}`, d.authorOpenid);
  if (suggest === 'risky') throw new AppError('CONTENT_REJECTED', '公示内容含有不适宜公开的信息，请修改后再提交');
  const now = clock.now().toISOString();
  const next: Draft = {
    ...d,
    status: 'pending_review',
    version: d.version + 1,
    updatedAt: now,
    submittedAt: now,
    history: [
      ...d.history,
      { at: now, action: 'submit', by: '驻村干部', ...(suggest === 'review' ? { note: '内容需审核人重点核对' } : {}) },
    ],
  };
  delete next.reviewNote;
  if (!(await store.updateDraft(next, d.version))) throw new AppError('CONFLICT', '草稿已在别处修改，请刷新后再试');
  return draftView(next, item, true);
}

export async function myDrafts(deps: PublicityDeps, caller: Caller, cursor?: string) {
  const me = cadreOf(caller);
  const after = cursor ? decodeCursor(cursor, ['updatedAt', 'id']) : undefined;
  const rows = await deps.store.listDraftsByAuthor(me.openid, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map((d) => draftView(d, null, false)),
    next: rows.length > PAGE && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  };
}

/** Village-level items of these villages that are overdue or were never published. */
export async function dueFor(deps: PublicityDeps, villageCodes: string[]): Promise<{ items: DueEntry[] }> {
  const { store, clock } = deps;
  const now = clock.now();
  const items: DueEntry[] = [];
  for (const code of villageCodes.slice(0, 50)) {
    const region = await store.getRegion(code);
    if (!region) continue;
    const [catalog, disclosures] = await Promise.all([
      store.listCatalogItems(code.slice(0, 6)),
      store.listDisclosures({ regionCodes: [code], limit: 100 }),
    ]);
    const latest = new Map<string, Disclosure>();
    for (const d of disclosures) if (!latest.has(d.itemId)) latest.set(d.itemId, d);
    for (const item of catalog.filter((i) => i.levels.includes('village'))) {
      const d = latest.get(item.id) ?? null;
      const { state, nextDue } = itemState(item, d, now);
      if (state === '已公开') continue;
      items.push({ regionCode: code, regionName: region.name, entry: { item, state, nextDue, latest: d ? toSummary(d, now) : null } });
    }
  }
  // Overdue first: they broke a promise; never-published items follow.
  items.sort((a, b) => (a.entry.state === b.entry.state ? 0 : a.entry.state === '逾期未更新' ? -1 : 1));
  return { items };
}

export async function cadreDue(deps: PublicityDeps, caller: Caller) {
  return dueFor(deps, cadreOf(caller).regionCodes);
}
