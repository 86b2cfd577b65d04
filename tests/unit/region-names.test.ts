// Region names as people see them: no radical standing alone where the NBS text split a rare
// character in two (寿阝江社区), and every correction in data/regions/corrections.json applied.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import corrections from '../../data/regions/corrections.json';
import { correctedName, readRegions } from '../../scripts/lib/china-division';
import { loadPilotRegions } from '../../scripts/lib/pilot-regions';

// Components that are not characters of a name on their own (simplified side forms and the like).
const LONE_RADICALS = '阝卩亻氵冫扌忄犭纟讠钅饣礻衤艹刂宀彳辶廴灬牜罒⺮⻊⻏⻖';
const LONE = new RegExp(`[${LONE_RADICALS}]`, 'u');

/** Every name a region shows: its name, its registered name and the names above it. */
function shownNames(r: { name: string; officialName?: string; path: string[] }): string[] {
  return [r.name, ...(r.officialName ? [r.officialName] : []), ...r.path];
}

test('no name in pilot.json has a radical standing alone', () => {
  const bad = loadPilotRegions().flatMap((r) =>
    shownNames(r)
      .filter((n) => LONE.test(n))
      .map((n) => `${r.code} ${n}`),
  );
  assert.deepEqual(bad, []);
});

test('the corrections are applied in pilot.json', () => {
  const byCode = new Map(loadPilotRegions().map((r) => [r.code, r]));
  for (const c of corrections.corrections) {
    const r = byCode.get(c.code);
    if (!r) continue; // outside the pilot counties
    assert.equal(r.officialName ?? r.name, c.right, c.code);
    assert.ok(!shownNames(r).includes(c.wrong), c.code);
  }
});

test('every correction fixes a split character, says why and whether a source settled it', () => {
  for (const c of corrections.corrections) {
    assert.match(c.code, /^\d{12}$|^\d{9}$|^\d{6}$/);
    assert.ok(LONE.test(c.wrong), `${c.code}: ${c.wrong} has no lone radical`);
    assert.ok(!LONE.test(c.right), `${c.code}: ${c.right}`);
    assert.equal(typeof c.settled, 'boolean');
    assert.ok(c.why.length > 20);
  }
});

test('the package reader applies the corrections (imports get them too), and only to the wrong name', () => {
  const village = readRegions('510118').find((r) => r.code === '510118001001');
  assert.equal(village?.name, '畴江社区');
  assert.equal(village?.officialName, '畴江社区居民委员会');
  // Once the package is fixed upstream, its own name wins.
  assert.equal(correctedName('510118001001', '某江社区居民委员会'), '某江社区居民委员会');
  assert.equal(correctedName('510118001002', '南江社区居民委员会'), '南江社区居民委员会');
});
