// npm run export:county: one county's public data as JSON Lines for the cloud console's import.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORTED, exportCounty, type ExportResult } from '../../scripts/export-county';
import { readRegions, UnknownRegionError } from '../../scripts/lib/china-division';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { defaultRoutes } from '../../core/complaints/routing';
import { createFakeDb } from '../doubles/wx-fake-db';
import { COLLECTIONS, openWxCloudStore } from '../../stores/wxcloud/store';

let dir: string;
let result: ExportResult;
const lines: Record<string, Array<Record<string, unknown>>> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-export-'));
  // Real 新津区 on purpose: export:county builds from the shipped regions what the demo seed builds.
  // The old code of 新津 (新津县 510132 became 新津区 510118 in 2020) is accepted.
  result = await exportCounty('510132', dir);
  for (const name of EXPORTED) {
    const text = readFileSync(join(dir, `${name}.jsonl`), 'utf8');
    assert.ok(text.endsWith('\n'), `${name}.jsonl ends with a newline`);
    lines[name] = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l, i) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          throw new Error(`${name}.jsonl line ${i + 1} is not JSON: ${l.slice(0, 80)}`);
        }
      });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export:county', () => {
  it('writes one file per collection, each line a document with a unique _id', () => {
    assert.deepEqual(result.county, { code: '510118', name: '新津区' });
    for (const name of EXPORTED) {
      const docs = lines[name];
      assert.ok(docs.length > 0, name);
      assert.equal(docs.length, result.files[name].count);
      const ids = docs.map((d) => d._id);
      assert.ok(
        ids.every((id) => typeof id === 'string' && id !== ''),
        `${name}: every line has an _id`,
      );
      assert.equal(new Set(ids).size, ids.length, `${name}: _id unique`);
      assert.ok((COLLECTIONS as readonly string[]).includes(name));
    }
  });

  it('has the county with its ancestors, towns and villages, and the catalog, units and routes the seed builds', () => {
    const regions = readRegions('510118');
    assert.equal(lines.regions.length, regions.length);
    const byLevel = (level: string) => lines.regions.filter((r) => r.level === level).length;
    assert.equal(byLevel('province'), 1);
    assert.equal(byLevel('city'), 1);
    assert.equal(byLevel('county'), 1);
    assert.equal(byLevel('town'), 8); // 新津区 has 8 towns/streets
    assert.equal(byLevel('village'), regions.filter((r) => r.level === 'village').length);
    assert.ok(byLevel('village') > 50);
    const { units, items } = buildCountyCatalog({ code: '510118', name: '新津区' });
    assert.equal(lines.counties.length, 1);
    assert.equal(lines.counties[0]._id, '510118');
    assert.equal(lines.catalog_items.length, items.length);
    assert.equal(lines.units.length, units.length + 8); // county units + one government per town
    assert.equal(lines.routes.length, defaultRoutes('510118', units).length);
  });

  it('writes the documents the cloud adapter writes: natural keys and derived search fields', async () => {
    const village = lines.regions.find((r) => r.level === 'village')!;
    assert.equal(village._id, village.code);
    assert.equal(village.codeLen, 12);
    assert.ok(Array.isArray(village.tokens) && (village.tokens as string[]).length > 0);
    const item = lines.catalog_items[0];
    assert.equal(item._id, item.id);
    assert.ok(Array.isArray(item.tokens));
    // Read back through the adapter, the imported documents are the records the seed makes.
    const db = createFakeDb();
    for (const name of EXPORTED) for (const doc of lines[name]) await db.collection(name).add({ data: doc });
    const store = openWxCloudStore(db);
    const { county, items } = buildCountyCatalog({ code: '510118', name: '新津区' });
    assert.deepStrictEqual(await store.getCounty('510118'), county);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    assert.deepStrictEqual((await store.listCatalogItems('510118')).sort(byId), [...items].sort(byId));
    assert.equal((await store.listRegionChildren('510118', 100)).length, 8);
  });

  it('refuses a code that is not a county', async () => {
    await assert.rejects(exportCounty('51', dir), UnknownRegionError);
    await assert.rejects(exportCounty('510118001', dir), UnknownRegionError);
    await assert.rejects(exportCounty('999999', dir), UnknownRegionError);
  });
});
