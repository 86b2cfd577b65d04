// The county 政务公开办 manages the partner systems that may file through Open311: registers one
// (its API key shown this once, stored only hashed), lists them, revokes one. Audited.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Clock, Store } from '../store';
import { requireCountyAdmin } from '../accounts/people-service';
import { recordAudit } from '../audit';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { DEFAULT_PARTNER_DAILY_LIMIT, hashKey, newApiKey, type Partner } from './partner';

export interface PartnerDeps {
  store: Store;
  clock: Clock;
}

export interface PartnerView {
  id: string;
  name: string;
  /** The key's last 4 characters. */
  keyHint: string;
  dailyLimit: number;
  createdAt: string;
  revokedAt?: string;
  status: '使用中' | '已停用';
}

export function partnerView(p: Partner): PartnerView {
  return {
    id: p.id,
    name: p.name,
    keyHint: p.keyHint,
    dailyLimit: p.dailyLimit,
    createdAt: p.createdAt,
    ...(p.revokedAt ? { revokedAt: p.revokedAt } : {}),
    status: p.revokedAt ? '已停用' : '使用中',
  };
}

/** What the audit keeps of a partner: never the key's hash. */
const audited = (p: Partner) => ({ ...partnerView(p), countyCode: p.countyCode });

export async function createPartner(
  deps: PartnerDeps,
  caller: Caller,
  req: { name: string; dailyLimit?: number },
): Promise<{ partner: PartnerView; apiKey: string }> {
  const admin = requireCountyAdmin(caller, '管理对接系统');
  const now = deps.clock.now();
  const apiKey = newApiKey();
  const p: Partner = {
    id: `${admin.countyCode}-p${await deps.store.nextSequence(`partners:${admin.countyCode}`)}`,
    countyCode: admin.countyCode,
    name: req.name,
    keyHash: hashKey(apiKey),
    keyHint: apiKey.slice(-4),
    dailyLimit: req.dailyLimit ?? DEFAULT_PARTNER_DAILY_LIMIT,
    createdAt: now.toISOString(),
    createdBy: admin.openid,
    version: 1,
  };
  if (!(await deps.store.insertPartner(p))) throw new AppError('CONFLICT', '生成密钥时冲突，请重试');
  await recordAudit(deps.store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'partners.create',
    target: `partner:${p.id}`,
    before: null,
    after: audited(p),
    countyCode: admin.countyCode,
  });
  return { partner: partnerView(p), apiKey };
}

export async function listPartners(deps: PartnerDeps, caller: Caller, cursor?: string) {
  const admin = requireCountyAdmin(caller, '管理对接系统');
  const after = cursor ? decodeCursor(cursor, ['createdAt', 'id']) : undefined;
  const rows = await deps.store.listPartners(admin.countyCode, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map(partnerView),
    next: rows.length > PAGE && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}

export async function revokePartner(deps: PartnerDeps, caller: Caller, id: string): Promise<PartnerView> {
  const admin = requireCountyAdmin(caller, '管理对接系统');
  const p = await deps.store.getPartner(id);
  if (!p || p.countyCode !== admin.countyCode) throw new AppError('NOT_FOUND', '没有找到这个对接系统');
  if (p.revokedAt) return partnerView(p);
  const now = deps.clock.now();
  const next: Partner = { ...p, revokedAt: now.toISOString(), revokedBy: admin.openid, version: p.version + 1 };
  if (!(await deps.store.updatePartner(next, p.version))) throw new AppError('CONFLICT');
  await recordAudit(deps.store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'partners.revoke',
    target: `partner:${p.id}`,
    before: audited(p),
    after: audited(next),
    countyCode: admin.countyCode,
  });
  return partnerView(next);
}
