// The county admin's side of the bridge: read it (the secret only as set or not set) and change
// it, each change an audit event (before -> after, never the secret itself).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import { recordAudit } from '../audit';
import type { Data } from '../api/contracts';
import type { Clock, Store } from '../store';
import { configView, type HotlineConfig, type HotlineConfigView } from './model';

interface Deps {
  store: Store;
  clock: Clock;
}

const WHAT = '设置12345热线对接';

export async function getHotline(deps: Deps, caller: Caller): Promise<HotlineConfigView> {
  const admin = requireCountyAdmin(caller, WHAT);
  return configView(await deps.store.getHotlineConfig(admin.countyCode), admin.countyCode);
}

/** https, or http only to this machine (the local cloud and tests). */
export function endpointProblem(endpoint: string): string | null {
  let u: URL;
  try {
    u = new URL(endpoint);
  } catch {
    return '接口地址不是有效的网址';
  }
  if (u.username || u.password) return '接口地址不能包含用户名或密码';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return null;
  return '接口地址须以 https:// 开头';
}

export async function putHotline(deps: Deps, caller: Caller, req: Data<'admin', 'hotline.put'>): Promise<HotlineConfigView> {
  const admin = requireCountyAdmin(caller, WHAT);
  const { store } = deps;
  const before = await store.getHotlineConfig(admin.countyCode);
  const endpoint = req.endpoint;
  if (endpoint) {
    const problem = endpointProblem(endpoint);
    if (problem) throw new AppError('INVALID_INPUT', problem);
  }
  const secret = req.secret ?? before?.secret ?? '';
  if (req.enabled && !endpoint) throw new AppError('INVALID_INPUT', '启用对接前请填写12345系统的接口地址');
  if (req.enabled && !secret) throw new AppError('INVALID_INPUT', '启用对接前请填写与12345系统约定的签名密钥');
  const now = deps.clock.now();
  const cfg: HotlineConfig = {
    countyCode: admin.countyCode,
    enabled: req.enabled,
    endpoint,
    secret,
    kinds: [...new Set(req.kinds)],
    categories: [...new Set(req.categories)],
    updatedAt: now.toISOString(),
    updatedBy: admin.openid,
  };
  await store.putHotlineConfig(cfg);
  const audited = (c: HotlineConfig | null) => (c ? { ...configView(c, admin.countyCode), updatedAt: undefined } : null);
  await recordAudit(store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'hotline.put',
    target: `hotline:${admin.countyCode}`,
    before: audited(before),
    after: { ...audited(cfg), ...(req.secret ? { secretChanged: true } : {}) },
    countyCode: admin.countyCode,
  });
  return configView(cfg, admin.countyCode);
}
