// 代办: a 驻村 cadre (for their villages) or a unit's counter / the county 政务公开办 (anywhere
// in their county) files a complaint for a villager who has no WeChat. It goes through the
// same filing as a resident's (content check, routing, deadlines, the day's limit, the same
// idempotency on the filer and requestId) and is marked 代办 with who filed it.
import { AppError } from '../api/errors';
import type { SubmitAnswer } from '../api/complaint-views';
import type { FileForRequest } from '../api/contracts/resident';
import type { Caller } from '../accounts/account';
import { countyOf, normalizeCode } from '../regions/codes';
import type { ProxyFiling } from './model';
import type { ComplaintDeps } from './deps';
import { fileComplaint } from './resident-service';

/** A counter files for many people in a day: its own limit, above a resident's. */
export const PROXY_DAILY_LIMIT = 50;

async function filerOf(deps: ComplaintDeps, caller: Caller, code: string): Promise<Omit<ProxyFiling, 'name' | 'phone'>> {
  const a = caller.account;
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  const refuse = () => new AppError('FORBIDDEN', '只能为您负责的村（社区）或本县的群众代办');
  if (a?.role === 'cadre') {
    if (!a.regionCodes.includes(code)) throw refuse();
    return { byRole: 'cadre', byName: a.name };
  }
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await deps.store.getUnit(a.unitId);
    if (!unit || unit.countyCode !== countyOf(code)) throw refuse();
    return { byRole: 'unit_staff', byName: a.name, byUnitName: unit.name };
  }
  if (a?.role === 'county_admin') {
    if (a.regionCodes[0] !== countyOf(code)) throw refuse();
    return { byRole: 'county_admin', byName: a.name };
  }
  throw new AppError('FORBIDDEN', '只有驻村干部、责任单位和政务公开办的工作人员可以代办');
}

export async function fileForVillager(deps: ComplaintDeps, caller: Caller, req: FileForRequest): Promise<SubmitAnswer> {
  const code = normalizeCode(req.regionCode);
  if (!code) throw new AppError('NOT_FOUND', '没有找到这个地区');
  const filer = await filerOf(deps, caller, code);
  const { villagerName, villagerPhone, ...rest } = req;
  return fileComplaint(
    deps,
    {
      openid: caller.openid!,
      role: filer.byRole,
      dailyLimit: PROXY_DAILY_LIMIT,
      proxy: { name: villagerName, phone: villagerPhone, ...filer },
    },
    { ...rest, regionCode: code, contactPhone: villagerPhone, anonymous: false },
  );
}
