// About the demo data set itself (demo/disclosures.ts), so it uses the demo's real pilot places.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { DEFAULT_DOMAINS } from '../../core/catalog/domains';
import { demoDisclosures, pickDemoPlaces } from '../../demo/disclosures';
import { isValidIdNumber } from '../../core/privacy/mask';
import { disclosureIdFromScene, SCENE_MAX, sceneForDisclosure } from '../../core/platform/ports';
import type { CatalogItem, Disclosure, Region } from '../../core/model';

// Small fake region trees: no dependency on the real region data.
function fakePlaces(countyCode: string, countyName: string): { towns: Region[]; villages: Region[] } {
  const townNames = ['城关镇', '花源街道', '安西镇', '白云乡'];
  const towns: Region[] = townNames.map((name, i) => ({
    code: `${countyCode}${String(101 + i)}`,
    name,
    level: 'town',
    parentCode: countyCode,
    path: ['四川省', countyName],
    countyCode,
  }));
  const villageNames = [['董大桥村', '花园社区', '石桥村'], ['白鹤村', '清泉村'], ['金星村'], []];
  const villages: Region[] = towns.flatMap((t, i) =>
    villageNames[i].map((name, j) => ({
      code: `${t.code}${String(j + 1).padStart(3, '0')}`,
      name,
      level: 'village' as const,
      parentCode: t.code,
      path: ['四川省', countyName, t.name],
      countyCode,
    })),
  );
  return { towns, villages };
}

// Shanghai date of an instant (kept local so the test leans on nothing else).
const shDate = (d: Date): string => new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);

const NOWS = [new Date('2026-03-15T02:00:00Z'), new Date('2026-01-01T16:30:00Z'), new Date('2025-07-31T23:59:00Z')];
const COUNTIES = [
  { code: '510118', name: '新津区' },
  { code: '510522', name: '合江县' },
  { code: '513401', name: '西昌市' },
];

function run(county: { code: string; name: string }, now: Date) {
  const catalog = buildCountyCatalog(county);
  const places = fakePlaces(county.code, county.name);
  const disclosures = demoDisclosures({ county: catalog.county, items: catalog.items, units: catalog.units, ...places, now });
  return { ...catalog, ...places, disclosures };
}

function allCells(ds: Disclosure[]): string[] {
  return ds.flatMap((d) => (d.table ? d.table.rows.flat() : []));
}

test('deterministic: two calls give equal disclosures', () => {
  for (const c of COUNTIES) {
    assert.deepEqual(run(c, NOWS[0]).disclosures, run(c, NOWS[0]).disclosures);
  }
});

for (const c of COUNTIES) {
  for (const now of NOWS) {
    const label = `${c.name} @ ${now.toISOString()}`;

    test(`${label}: no valid ID number or mobile number anywhere in a table`, () => {
      const { disclosures } = run(c, now);
      for (const cell of allCells(disclosures)) {
        for (const m of cell.match(/\d{17}[\dXx]/g) ?? []) assert.ok(!isValidIdNumber(m), `ID number in cell: ${cell}`);
        assert.ok(!/\d{15}/.test(cell), `long digit run in cell: ${cell}`);
        assert.ok(!/1[3-9]\d{9}/.test(cell.replace(/[\s-]/g, '')), `mobile number in cell: ${cell}`);
      }
      // Bodies carry only the units' landlines and the real hotlines.
      for (const d of disclosures) {
        assert.ok(!/(^|\D)1[3-9]\d{9}(\D|$)/.test(d.body), `mobile number in body of ${d.id}`);
        for (const m of d.body.match(/\d{17}[\dXx]/g) ?? []) assert.ok(!isValidIdNumber(m), `ID number in body of ${d.id}`);
      }
    });

    test(`${label}: no column about bank accounts, health or disability`, () => {
      const { disclosures } = run(c, now);
      for (const d of disclosures) {
        for (const col of d.table?.columns ?? []) assert.ok(!/银行|账号|卡号|健康|病|残疾/.test(col), `${d.id}: ${col}`);
      }
    });

    test(`${label}: each demo village has a running 公示 with a list of people, and one that has ended`, () => {
      const { disclosures, towns, villages } = run(c, now);
      const today = shDate(now);
      const picked = pickDemoPlaces(c.code, towns, villages).villages;
      assert.equal(picked.length, 3);
      assert.ok(new Set(picked.map((v) => v.parentCode)).size >= 2, 'villages of different towns');
      for (const v of picked) {
        const here = disclosures.filter((d) => d.regionCode === v.code);
        const running = here.filter((d) => d.table?.personal && d.publicity && d.publicity.start <= today && today <= d.publicity.end);
        assert.ok(running.length >= 1, `${v.name} has a running personal 公示`);
        assert.ok(
          running.some((d) => d.domain === 'rural_housing_renovation'),
          `${v.name}: the running one is the 危房改造补助对象 公示`,
        );
        const ended = here.filter((d) => d.table?.personal && d.publicity && d.publicity.end < today);
        assert.ok(ended.length >= 1, `${v.name} has an ended personal 公示`);
      }
    });

    test(`${label}: every domain has disclosures; shapes are sound`, () => {
      const { disclosures, items } = run(c, now);
      const itemById = new Map<string, CatalogItem>(items.map((i) => [i.id, i]));
      for (const dom of DEFAULT_DOMAINS)
        assert.ok(
          disclosures.some((d) => d.domain === dom.id),
          `${dom.id}`,
        );
      const ids = new Set<string>();
      for (const d of disclosures) {
        assert.ok(!ids.has(d.id), `duplicate id ${d.id}`);
        ids.add(d.id);
        const item = itemById.get(d.itemId);
        assert.ok(item, `${d.id} points at a catalog item`);
        assert.equal(d.domain, item.domain);
        assert.ok(item.levels.includes(d.level), `${d.id}: ${d.level} publishes ${item.templateId}`);
        assert.equal(d.unitName, item.unitName);
        assert.equal(d.countyCode, c.code);
        assert.ok(d.regionCode.startsWith(c.code));
        assert.equal(d.status, 'published');
        assert.equal(d.demo, true);
        assert.deepEqual(d.attachments, []);
        assert.ok(d.title.length > 4);
        assert.ok(d.body.trimEnd().endsWith('（演示数据）'), `${d.id} is labelled demo`);
        assert.ok(d.body.includes(`联系电话：${item.consultPhone.number}`), `${d.id} carries its unit's phone`);
        assert.ok(Date.parse(d.publishedAt) < now.getTime(), `${d.id} published in the past`);
        if (d.publicity) {
          assert.match(d.publicity.start, /^\d{4}-\d{2}-\d{2}$/);
          assert.ok(d.publicity.start <= d.publicity.end);
        }
        // A list of people must have a period, or it would never leave public view.
        if (d.table?.personal) assert.ok(d.publicity, `${d.id}: personal list without 公示期`);
        if (d.table) for (const row of d.table.rows) assert.equal(row.length, d.table.columns.length, `${d.id} row width`);
      }
    });

    test(`${label}: some county items are stale, some never published`, () => {
      const { disclosures, items } = run(c, now);
      const today = shDate(now);
      const countyItems = items.filter((i) => i.levels.includes('county'));
      const latest = (item: CatalogItem) =>
        disclosures
          .filter((d) => d.itemId === item.id && d.regionCode === c.code)
          .map((d) => shDate(new Date(d.publishedAt)))
          .sort()
          .pop();
      const months = { month: 1, quarter: 3, year: 12 } as const;
      const stale = countyItems.filter((i) => {
        const last = latest(i);
        if (!last || i.updateCycle.unit === 'event' || i.updateCycle.unit === 'day') return false;
        const due = new Date(`${last}T00:00:00Z`);
        due.setUTCMonth(due.getUTCMonth() + months[i.updateCycle.unit] * i.updateCycle.every);
        return today > due.toISOString().slice(0, 10);
      });
      const never = countyItems.filter((i) => !latest(i));
      assert.ok(stale.length >= 1, 'at least one 逾期未更新');
      assert.ok(never.length >= 1, 'at least one 暂无');
      assert.ok(never.length < countyItems.length / 3, 'but most items are published');
    });
  }
}

test('towns and villages publish their own items in every domain that has town-level items', () => {
  const { disclosures, items } = run(COUNTIES[0], NOWS[0]);
  const local = disclosures.filter((d) => d.level !== 'county');
  const localDomains = new Set(items.filter((i) => i.levels.some((l) => l !== 'county')).map((i) => i.domain));
  assert.equal(localDomains.size, DEFAULT_DOMAINS.length);
  for (const dom of localDomains)
    assert.ok(
      local.some((d) => d.domain === dom),
      `${dom} at town/village level`,
    );
  // Region names and levels come from the regions.
  for (const d of local) assert.ok(['城关镇', '花源街道', '董大桥村', '花园社区', '石桥村', '白鹤村'].includes(d.regionName), d.regionName);
});

test('every demo disclosure can be printed with a mini-program code: its id fits a 32-character scene and comes back', () => {
  for (const c of COUNTIES) {
    for (const d of run(c, NOWS[0]).disclosures) {
      const scene = sceneForDisclosure(d.id);
      assert.ok(scene.length <= SCENE_MAX, `${d.id} -> ${scene}`);
      assert.equal(disclosureIdFromScene(encodeURIComponent(scene)), d.id);
    }
  }
});
