// 回应关切 (issue 10 part 4). A complainant who rates an answer may agree that the question and
// answer be shown publicly, masked (no name, phone, ID, house number or photo); the unit may
// reword the public question, the original staying private. A unit may also publish its own
// response to a concern many raised. The public lists both for a place (its own, its town's
// and its county's) or for a catalog item.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Store } from '../store';
import type { Clock } from '../store';
import type { Complaint } from '../complaints/model';
import type { Unit } from '../model';
import { maskText } from '../privacy/masker';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { disclosureChain, normalizeCode } from '../regions/codes';
import { recordAudit } from '../audit';
import { responseView, type PublicResponse, type ResponseView } from './model';

export interface ResponseDeps {
  store: Store;
  clock: Clock;
}

/** 3组15号, 2栋1单元301室: the number goes, the kind of place stays. */
const HOUSE_NUMBER = /\d+(?:\s*[-－—]\s*\d+)*\s*(号院|号楼|号|栋|幢|单元|室|户)/g;

/**
 * Text fit for the public: what the masker finds (ID numbers, mobiles, bank cards), house
 * numbers, and the given people's names and phone numbers.
 */
export function maskPublic(text: string, known: { names?: string[]; phones?: string[] } = {}): string {
  let out = maskText(text).text.replace(HOUSE_NUMBER, '*$1');
  for (const name of known.names ?? []) if (name.trim().length >= 2) out = out.split(name.trim()).join('某某');
  for (const phone of known.phones ?? []) if (phone.trim().length >= 5) out = out.split(phone.trim()).join('****');
  return out;
}

export const qaId = (complaintId: string) => `qa-${complaintId}`;

async function knownOf(store: Store, c: Complaint) {
  const owner = await store.getAccount(c.ownerOpenid);
  return { names: owner?.name ? [owner.name] : [], phones: c.contactPhone ? [c.contactPhone] : [] };
}

/**
 * After a rating: with consent (and an answer) the masked Q&A is put in public view, keeping a
 * wording the unit already gave; without it, any earlier public Q&A of the complaint goes.
 */
export async function publishRatedQa(deps: ResponseDeps, c: Complaint, consent: boolean): Promise<void> {
  const id = qaId(c.id);
  if (!consent || !c.answer) {
    await deps.store.deleteResponse(id);
    return;
  }
  const [existing, known] = await Promise.all([deps.store.getResponse(id), knownOf(deps.store, c)]);
  const r: PublicResponse = {
    id,
    kind: 'qa',
    countyCode: c.countyCode,
    regionCode: c.regionCode,
    ...(c.itemId ? { itemId: c.itemId } : {}),
    ...(c.domain ? { domain: c.domain } : {}),
    question: existing?.reworded ? existing.question : maskPublic(c.text, known),
    answer: maskPublic(c.answer.text, known),
    unitId: c.unitId,
    unitName: c.answer.unitName,
    at: deps.clock.now().toISOString(),
    complaintId: c.id,
    ...(existing?.reworded ? { reworded: true } : {}),
  };
  await deps.store.putResponse(r);
}

type StaffScope = { kind: 'unit'; unit: Unit; countyCode: string } | { kind: 'county'; countyCode: string };

async function staffScope(store: Store, caller: Caller): Promise<StaffScope> {
  const a = caller.account;
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await store.getUnit(a.unitId);
    if (!unit) throw new AppError('FORBIDDEN', '您绑定的单位不存在，请联系政务公开办');
    return { kind: 'unit', unit, countyCode: unit.countyCode };
  }
  if (a?.role === 'county_admin' && a.regionCodes[0]?.length === 6) return { kind: 'county', countyCode: a.regionCodes[0] };
  throw new AppError('FORBIDDEN', '只有责任单位和政务公开办的工作人员可以回应关切');
}

/** The unit rewords the question as the public reads it; the complaint's own text stays private. */
export async function setPublicWording(deps: ResponseDeps, caller: Caller, req: { id: string; question: string }): Promise<ResponseView> {
  const scope = await staffScope(deps.store, caller);
  const c = await deps.store.getComplaint(req.id);
  const mine = c && (scope.kind === 'county' ? c.countyCode === scope.countyCode : c.unitId === scope.unit.id && c.status !== 'held');
  if (!c || !mine) throw new AppError('NOT_FOUND', '没有找到这件诉求');
  const existing = await deps.store.getResponse(qaId(c.id));
  if (!existing) throw new AppError('CONFLICT', '投诉人没有同意公开这件诉求的问答');
  const next: PublicResponse = { ...existing, question: maskPublic(req.question, await knownOf(deps.store, c)), reworded: true };
  await deps.store.putResponse(next);
  return responseView(next);
}

/** A unit's response to a concern many raised, shown at a place of its county (a town government: its town). */
export async function publishResponse(
  deps: ResponseDeps,
  caller: Caller,
  req: { itemId?: string; regionCode: string; title: string; text: string },
): Promise<ResponseView> {
  const scope = await staffScope(deps.store, caller);
  if (scope.kind !== 'unit') throw new AppError('FORBIDDEN', '请以责任单位工作人员的身份发布回应');
  const unit = scope.unit;
  const code = normalizeCode(req.regionCode);
  const region = code ? await deps.store.getRegion(code) : null;
  if (!code || !region) throw new AppError('INVALID_INPUT', '地区代码有误');
  const town = unit.id.endsWith('-gov') ? unit.id.slice(0, -4) : null;
  if (!code.startsWith(town ?? unit.countyCode)) throw new AppError('FORBIDDEN', '只能在本单位负责的地区发布回应');
  const item = req.itemId ? await deps.store.getCatalogItem(req.itemId) : null;
  if (req.itemId && (!item || item.countyCode !== unit.countyCode)) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  const now = deps.clock.now();
  const r: PublicResponse = {
    id: `r-${unit.countyCode}-${await deps.store.nextSequence(`responses:${unit.countyCode}`)}`,
    kind: 'response',
    countyCode: unit.countyCode,
    regionCode: code,
    ...(item ? { itemId: item.id, domain: item.domain } : {}),
    question: maskPublic(req.title),
    answer: maskPublic(req.text),
    unitId: unit.id,
    unitName: unit.name,
    at: now.toISOString(),
  };
  await deps.store.putResponse(r);
  await recordAudit(deps.store, now, {
    actor: caller.openid!,
    role: 'unit_staff',
    action: 'responses.publish',
    target: `response:${r.id}`,
    before: null,
    after: r,
    countyCode: unit.countyCode,
  });
  return responseView(r);
}

/** What a unit's staff read of their public answers: the complaint a Q&A comes from, whether it was reworded. */
export type StaffResponseView = ResponseView & { complaintId?: string; reworded?: boolean };

/** The caller's unit's public Q&A (consenting complainants) and its responses, newest first. */
export async function listUnitResponses(
  deps: ResponseDeps,
  caller: Caller,
  req: { cursor?: string },
): Promise<{ unitName: string; items: StaffResponseView[]; next: string | null }> {
  const scope = await staffScope(deps.store, caller);
  if (scope.kind !== 'unit') throw new AppError('FORBIDDEN', '请以责任单位工作人员的身份查看本单位的回应');
  const after = req.cursor ? decodeCursor(req.cursor, ['at', 'id']) : undefined;
  const rows = await deps.store.listResponses({ unitId: scope.unit.id, after, limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    unitName: scope.unit.name,
    items: page.map((r) => ({
      ...responseView(r),
      ...(r.complaintId ? { complaintId: r.complaintId } : {}),
      ...(r.reworded ? { reworded: true } : {}),
    })),
    next: rows.length > PAGE && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}

/** 群众关切与回应 of a place (its own, its town's, its county's) or of an item, newest first. */
export async function listResponses(
  deps: ResponseDeps,
  req: { regionCode?: string; itemId?: string; cursor?: string },
): Promise<{ items: ResponseView[]; next: string | null }> {
  if (!req.regionCode && !req.itemId) throw new AppError('INVALID_INPUT', '请提供地区或公开事项');
  let regionCodes: string[] | undefined;
  if (req.regionCode) {
    const code = normalizeCode(req.regionCode);
    if (!code) throw new AppError('INVALID_INPUT', '地区代码有误');
    regionCodes = disclosureChain(code);
  }
  const after = req.cursor ? decodeCursor(req.cursor, ['at', 'id']) : undefined;
  const rows = await deps.store.listResponses({
    ...(regionCodes ? { regionCodes } : {}),
    ...(req.itemId ? { itemId: req.itemId } : {}),
    after,
    limit: PAGE + 1,
  });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return { items: page.map(responseView), next: rows.length > PAGE && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}
