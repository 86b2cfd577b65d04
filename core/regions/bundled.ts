// The regions shipped with the functions (data/regions/pilot.json, made by
// `npm run extract:regions`): what 开通本县 can set up without any import in the console.
import type { Region } from '../model';
import pilot from '../../data/regions/pilot.json';

/** The county, its ancestors (province, city), towns and villages, or [] when not shipped. */
export function bundledRegionsOf(countyCode: string): Region[] {
  const all = pilot as Region[];
  if (!all.some((r) => r.code === countyCode && r.level === 'county')) return [];
  return all.filter((r) => r.countyCode === countyCode || (r.countyCode === null && countyCode.startsWith(r.code)));
}
