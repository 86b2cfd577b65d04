// A village's own 公开率 (issue 11 part 6) from the public API: the items due there (主动,
// on a clock, at the county, town or village level) and those with a disclosure within their
// update cycle, counting what the county and the town published; 样本不足 under 5 items; an
// overdue cycle or a withdrawal takes an item out; another village's disclosures never count.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createCounty, createDisclosure, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { CatalogItem } from '../../core/model';
import { isDueAt } from '../../core/stats/coverage';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let due: CatalogItem[];
const summary = async (regionCode: string) =>
  ok(await cloud.call<Res<'public', 'disclosures.summary'>>('public', 'disclosures.summary', { regionCode })).publication!;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  await cloud.setClock('2026-11-26T10:00:00+08:00');
  county = await createCounty(cloud.store, { towns: 1, villagesPerTown: 2 });
  village = county.villages[0].code;
  due = county.items.filter((i) => isDueAt(i, village));
});
afterAll(() => cloud.close());

const quarterly = (level: 'county' | 'town' | 'village') =>
  due.filter((i) => i.levels.includes(level) && i.updateCycle.unit === 'quarter' && i.updateCycle.every === 1);

describe('disclosures.summary publication', () => {
  it('counts the items due at the village, none published yet', async () => {
    assert.ok(due.length >= 5, 'the template has enough clocked items');
    assert.ok(due.every((i) => i.mode === '主动' && i.updateCycle.unit !== 'event'));
    const p = await summary(village);
    assert.deepStrictEqual(
      { current: p.current, due: p.due, rate: p.rate, text: p.text },
      { current: 0, due: due.length, rate: 0, text: '0.0%' },
    );
  });

  it('county, town and the village’s own disclosures count; another village’s do not', async () => {
    const [c] = quarterly('county');
    const [v] = quarterly('village');
    assert.ok(c && v, 'quarterly items at county and village level');
    const t = quarterly('town').find((i) => i.id !== c.id && i.id !== v.id);
    const at = '2026-11-20T02:00:00.000Z';
    await createDisclosure(cloud.store, county, { regionCode: county.code, itemId: c.id, publishedAt: at });
    if (t) await createDisclosure(cloud.store, county, { regionCode: county.towns[0].code, itemId: t.id, publishedAt: at });
    await createDisclosure(cloud.store, county, { regionCode: county.villages[1].code, itemId: v.id, publishedAt: at });
    const before = await summary(village);
    assert.equal(before.current, t ? 2 : 1);
    const mine = await createDisclosure(cloud.store, county, { regionCode: village, itemId: v.id, publishedAt: at });
    const after = await summary(village);
    assert.equal(after.current, before.current + 1);
    assert.equal(after.text, `${(Math.round((after.current / after.due) * 1000) / 10).toFixed(1)}%`);

    // Withdrawn, it no longer counts.
    await cloud.store.withdrawDisclosure(mine.id, { at: '2026-11-26T02:00:00.000Z', reason: '内容有误' });
    assert.equal((await summary(village)).current, before.current);
  });

  it('once a quarter has passed without an update, the item is no longer current', async () => {
    await cloud.setClock('2027-03-01T10:00:00+08:00');
    assert.equal((await summary(village)).current, 0);
  });
});
