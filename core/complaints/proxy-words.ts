// How a 代办 (a complaint filed for a villager) names the person who filed it: by role and
// unit, never by an openid.
import type { ProxyFiling } from './model';

export const PROXY_ROLE_NAMES: Record<ProxyFiling['byRole'], string> = {
  cadre: '驻村干部',
  unit_staff: '责任单位窗口',
  county_admin: '县政务公开办',
};

/** 驻村干部王五 / 区住建局窗口李四 / 县政务公开办赵六. */
export function proxyWho(p: ProxyFiling): string {
  if (p.byRole === 'unit_staff' && p.byUnitName) return `${p.byUnitName}窗口${p.byName}`;
  return `${PROXY_ROLE_NAMES[p.byRole]}${p.byName}`;
}

/** The filer without their name, for the timeline everyone with the complaint reads: 驻村干部 / 区住建局窗口. */
export function proxyBy(p: ProxyFiling): string {
  return p.byRole === 'unit_staff' && p.byUnitName ? `${p.byUnitName}窗口` : PROXY_ROLE_NAMES[p.byRole];
}

/** A name masked for anyone without the complaint in hand: 张三 -> 张*, 欧阳娜娜 -> 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}
