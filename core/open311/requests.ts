// Open311 GeoReport v2 requests: a partner system files a complaint (POST requests), anyone
// reads the status and public answer of the requests filed this way (GET requests, GET
// requests/{id}). Filing goes through submitComplaint itself: the same content check, routing,
// deadlines and idempotency (the partner's request id) as a complaint filed in the app.
// What a GET shows is what may be public: the place to village level, the unit, the dates and
// the masked texts; never a name, phone, openid or street address.
import { AppError } from '../api/errors';
import type { ComplaintDeps } from '../complaints/deps';
import { isClosed, STATUS_NAMES, type Complaint } from '../complaints/model';
import { submitComplaint } from '../complaints/resident-service';
import { TEXT_MAX, TEXT_MIN } from '../api/contracts/resident';
import { maskPublic } from '../responses/service';
import { normalizeCode } from '../regions/codes';
import type { County } from '../regions/county';
import type { Region } from '../model';
import { formatShanghaiDateTimeCn, shanghaiIso } from '../time/shanghai';
import { hashKey, partnerOwner, partnerRequestKey, type Partner, type PartnerRequest } from './partner';
import { parseServiceCode, serviceCode } from './services';
import { randomBytes } from 'node:crypto';

/** An Open311 error: its HTTP status doubles as the error's code. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429 | 500,
    readonly description: string,
  ) {
    super(description);
  }
}

export type Fields = Record<string, string | undefined>;

/** Days a GET requests looks back when no dates are given (the spec's default is 90). */
export const DEFAULT_WINDOW_DAYS = 90;
/** Most requests one GET answers. */
export const MAX_RESULTS = 100;

export async function partnerByKey(deps: Pick<ComplaintDeps, 'store'>, apiKey: string | undefined): Promise<Partner> {
  if (!apiKey) throw new Open311Error(403, '缺少 api_key：请使用县政务公开办发放的密钥');
  const p = apiKey.length <= 200 ? await deps.store.getPartnerByKeyHash(hashKey(apiKey)) : null;
  if (!p) throw new Open311Error(403, 'api_key 无效');
  if (p.revokedAt) throw new Open311Error(403, '该 api_key 已停用，请联系县政务公开办');
  return p;
}

/** The county of jurisdiction_id (a county code), or the partner's. */
export async function jurisdiction(deps: Pick<ComplaintDeps, 'store'>, id: string | undefined, partner?: Partner): Promise<County> {
  const code = id ? normalizeCode(id) : (partner?.countyCode ?? null);
  if (!code) throw new Open311Error(400, id ? 'jurisdiction_id 应为6位县（区）代码' : '请提供 jurisdiction_id（6位县（区）代码）');
  if (code.length !== 6) throw new Open311Error(400, 'jurisdiction_id 应为6位县（区）代码');
  if (partner && partner.countyCode !== code) throw new Open311Error(403, '该 api_key 不属于这个 jurisdiction_id');
  const county = await deps.store.getCounty(code);
  if (!county) throw new Open311Error(404, '这个县（区）尚未开通');
  return county;
}

/** The place a request concerns: attribute[region_code], else the town and village named in address_string. */
async function placeOf(deps: Pick<ComplaintDeps, 'store'>, county: County, f: Fields): Promise<Region> {
  const given = f['attribute[region_code]'];
  if (given) {
    const code = normalizeCode(given);
    const region = code && code.length >= 9 && code.startsWith(county.code) ? await deps.store.getRegion(code) : null;
    if (!region) throw new Open311Error(400, 'attribute[region_code] 应为本县（区）的乡镇（9位）或村（社区，12位）代码');
    return region;
  }
  const address = f.address_string?.trim();
  if (!address) throw new Open311Error(400, '请提供 address_string（含乡镇、村名）或 attribute[region_code]');
  const named = (r: Region) => [r.name, r.officialName].some((n) => n && address.includes(n));
  const longest = (rs: Region[]) => rs.filter(named).sort((a, b) => b.name.length - a.name.length)[0];
  const town = longest(await deps.store.listRegionChildren(county.code, 100));
  if (!town) throw new Open311Error(400, `无法从 address_string 识别${county.name}的乡镇，请写明乡镇和村名，或提供 attribute[region_code]`);
  let village: Region | undefined;
  let after: string | undefined;
  for (let page = 0; page < 10 && !village; page++) {
    const rows = await deps.store.listRegionChildren(town.code, 100, after);
    village = longest(rows);
    if (rows.length < 100) break;
    after = rows[rows.length - 1].code;
  }
  return village ?? town;
}

function text(f: Fields, name: string, max: number): string | undefined {
  const v = f[name]?.trim();
  if (v && v.length > max) throw new Open311Error(400, `${name} 过长（不超过${max}个字符）`);
  return v || undefined;
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export interface PostAnswer {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}

/** POST requests: files one complaint for the partner; a replay with the same partner_request_id answers the first. */
export async function postRequest(deps: ComplaintDeps, f: Fields): Promise<PostAnswer> {
  const partner = await partnerByKey(deps, f.api_key);
  const county = await jurisdiction(deps, f.jurisdiction_id, partner);
  const service = f.service_code ? parseServiceCode(county.code, f.service_code.trim()) : null;
  if (!service) throw new Open311Error(400, 'service_code 无效：请从 GET services 中选择');
  const item = await deps.store.getCatalogItem(service.itemId);
  if (!item || item.countyCode !== county.code || item.retired) throw new Open311Error(400, 'service_code 无效：请从 GET services 中选择');
  const description = f.description?.trim() ?? '';
  if (description.length < TEXT_MIN || description.length > TEXT_MAX) {
    throw new Open311Error(400, `description 应为${TEXT_MIN}到${TEXT_MAX}个字`);
  }
  const partnerRequestId = text(f, 'partner_request_id', 200) ?? `auto-${randomBytes(12).toString('hex')}`;
  const region = await placeOf(deps, county, f);
  const phone = f.phone?.replace(/\s/g, '');
  const contactName = [text(f, 'last_name', 40), text(f, 'first_name', 40)].filter(Boolean).join('') || undefined;
  let answer;
  try {
    answer = await submitComplaint(
      deps,
      { openid: partnerOwner(partner.id), account: null },
      {
        requestId: partnerRequestKey(partnerRequestId),
        kind: service.category.kind,
        category: service.category.category,
        text: description,
        regionCode: region.code,
        itemId: item.id,
        ...(phone && PHONE.test(phone) ? { contactPhone: phone } : {}),
        anonymous: false,
      },
      {
        dailyLimit: partner.dailyLimit,
        source: {
          kind: 'open311',
          partnerId: partner.id,
          partnerName: partner.name,
          partnerRequestId,
          ...(contactName ? { contactName } : {}),
        },
      },
    );
  } catch (e) {
    if (e instanceof AppError) {
      if (e.code === 'RATE_LIMITED') throw new Open311Error(429, e.message);
      if (e.code === 'CONTENT_REJECTED' || e.code === 'INVALID_INPUT' || e.code === 'NOT_FOUND') throw new Open311Error(400, e.message);
    }
    throw e;
  }
  // Indexed for GET requests once; a replay finds it (and keeps the first service code and time).
  if (!(await deps.store.getPartnerRequest(answer.ticket))) {
    const c = await deps.store.getComplaint(answer.ticket);
    await deps.store.putPartnerRequest({
      complaintId: answer.ticket,
      countyCode: county.code,
      partnerId: partner.id,
      partnerRequestId: c?.source?.partnerRequestId ?? partnerRequestId,
      serviceCode: serviceCode(item, service.category),
      createdAt: c?.createdAt ?? deps.clock.now().toISOString(),
    });
  }
  return {
    service_request_id: answer.ticket,
    service_notice: answer.held
      ? '已收到，内容经人工审核后转交承办单位'
      : `已转交${answer.unitName}，应于${formatShanghaiDateTimeCn(answer.answerDue)}前答复`,
    account_id: null,
  };
}

export interface RequestView {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string;
  address_id: string;
  zipcode: null;
  media_url: null;
}

/** A request as the public may read it: masked texts, no person. */
export function requestView(c: Complaint, r: PartnerRequest): RequestView {
  const known = {
    names: c.source?.contactName ? [c.source.contactName] : [],
    phones: c.contactPhone ? [c.contactPhone] : [],
  };
  const held = c.status === 'held';
  return {
    service_request_id: c.id,
    status: isClosed(c.status) ? 'closed' : 'open',
    status_notes: c.answer ? maskPublic(c.answer.text, known) : STATUS_NAMES[c.status],
    service_name: `${c.itemTitle ?? ''}：${c.category}`,
    service_code: r.serviceCode,
    // Unchecked text stays out of public view until a person has looked at it.
    description: held ? '（内容审核中）' : maskPublic(c.text, known),
    agency_responsible: held ? '' : c.unitName,
    service_notice: held
      ? '内容待人工审核后转交承办单位'
      : `${c.kind}，${c.unitName}应于${formatShanghaiDateTimeCn(c.answerDeadline.due)}前答复`,
    requested_datetime: shanghaiIso(c.createdAt),
    updated_datetime: shanghaiIso(c.updatedAt),
    expected_datetime: shanghaiIso(c.answerDeadline.due),
    address: c.regionName,
    address_id: c.regionCode,
    zipcode: null,
    media_url: null,
  };
}

async function viewOf(deps: Pick<ComplaintDeps, 'store'>, r: PartnerRequest): Promise<RequestView | null> {
  const c = await deps.store.getComplaint(r.complaintId);
  return c ? requestView(c, r) : null;
}

function instant(v: string | undefined, name: string): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t))
    throw new Open311Error(400, `${name} 应为 ISO 8601 时间，例如 2026-11-01T00:00:00+08:00`);
  return new Date(t).toISOString();
}

/** GET requests: the partner-filed requests of a county, newest first, filtered as the spec allows. */
export async function getRequests(deps: Pick<ComplaintDeps, 'store' | 'clock'>, f: Fields): Promise<RequestView[]> {
  const partner = f.api_key ? await partnerByKey(deps, f.api_key) : undefined;
  const county = await jurisdiction(deps, f.jurisdiction_id, partner);
  const statuses = f.status ? f.status.split(',').map((s) => s.trim()) : [];
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status 只能是 open 或 closed');
  const keep = (v: RequestView | null): v is RequestView => Boolean(v && (statuses.length === 0 || statuses.includes(v.status)));

  if (f.service_request_id) {
    const ids = f.service_request_id
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_RESULTS);
    const found = await Promise.all(ids.map((id) => deps.store.getPartnerRequest(id)));
    const views = await Promise.all(found.filter((r): r is PartnerRequest => r?.countyCode === county.code).map((r) => viewOf(deps, r)));
    return views.filter(keep);
  }
  let from = instant(f.start_date, 'start_date');
  const to = instant(f.end_date, 'end_date');
  if (!from && !to) from = new Date(deps.clock.now().getTime() - DEFAULT_WINDOW_DAYS * 86_400_000).toISOString();
  const out: RequestView[] = [];
  let after: { createdAt: string; complaintId: string } | undefined;
  // A status filter may skip rows: read on, a bounded number of pages.
  for (let page = 0; page < 5 && out.length < MAX_RESULTS; page++) {
    const rows = await deps.store.listPartnerRequests({
      countyCode: county.code,
      serviceCode: f.service_code?.trim() || undefined,
      from,
      to,
      after,
      limit: MAX_RESULTS,
    });
    out.push(...(await Promise.all(rows.map((r) => viewOf(deps, r)))).filter(keep));
    if (rows.length < MAX_RESULTS) break;
    const last = rows[rows.length - 1];
    after = { createdAt: last.createdAt, complaintId: last.complaintId };
  }
  return out.slice(0, MAX_RESULTS);
}

/** GET requests/{id}: one request filed through Open311, or 404. */
export async function getRequest(deps: Pick<ComplaintDeps, 'store'>, id: string, f: Fields): Promise<RequestView[]> {
  const r = await deps.store.getPartnerRequest(id);
  if (r && f.jurisdiction_id && normalizeCode(f.jurisdiction_id) !== r.countyCode) throw new Open311Error(404, '没有这件诉求');
  const view = r ? await viewOf(deps, r) : null;
  if (!view) throw new Open311Error(404, '没有这件诉求');
  return [view];
}
