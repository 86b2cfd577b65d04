// The resident's look-up over the real local cloud: HTTP, handlers, SQLite. The suite builds its
// own counties and disclosures (tests/helpers/world.ts): 新津区 under its real code, because
// one test is about its old code 510132.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { findPersonalData } from '../helpers/personal-data';
import type { Res } from '../../core/api/contracts';
import { sceneForDisclosure } from '../../core/platform/ports';
import { renderSVG } from 'uqr';
import { createCounty, createDisclosure, type TestCounty } from '../helpers/world';

let cloud: TestCloud;
let county: TestCounty;
let village: string; // a village with disclosures here, at its town and at its county
let town: string;
let runningHere: string; // the running 公示 at the village
let inChain = 0; // disclosures created at the village, its town and its county
const answers: unknown[] = []; // every public answer, scanned for personal data at the end

async function pub<A extends Parameters<typeof callPublic>[0]>(action: A, data: unknown) {
  return callPublic(action, data);
}
async function callPublic(action: string, data: unknown) {
  const answer = await cloud.call('public', action, data);
  answers.push(answer);
  return answer;
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const store = cloud.store;
  county = await createCounty(store, { code: '510118', name: '新津区', towns: 3 });
  const other = await createCounty(store, { name: '白石县' });
  village = county.villages[0].code;
  town = county.villages[0].parentCode!;
  const now = Date.parse('2026-11-26T02:00:00Z');
  const daysAgo = (n: number) => new Date(now - n * 86400_000).toISOString();
  // More than a page: one disclosure for each of 22 county items (none overdue), a few at the
  // town and the village, one 扶贫 item at the village, a 危房改造 公示 with its list running.
  const stale = county.items.find((i) => i.id === `${county.code}-affordable_housing-02`)!; // yearly
  const countyItems = county.items.filter((i) => i.levels.includes('county') && i !== stale).slice(0, 22);
  for (const [i, item] of countyItems.entries()) {
    await createDisclosure(store, county, { regionCode: county.code, itemId: item.id, publishedAt: daysAgo(i + 1) });
  }
  await createDisclosure(store, county, { regionCode: county.code, itemId: stale.id, publishedAt: '2024-03-01T02:00:00Z' });
  await createDisclosure(store, county, { regionCode: town, domain: 'rural_housing_renovation', title: '关于农村危房改造年度计划的公告' });
  await createDisclosure(store, county, { regionCode: village, domain: 'poverty_alleviation' });
  runningHere = (await createDisclosure(store, county, { regionCode: village, running: true, title: '关于农村危房改造补助对象的公示' })).id;
  inChain = countyItems.length + 4;
  // Elsewhere: a village of another town and another county, which a scoped search must not return.
  const elsewhere = county.villages.find((v) => v.parentCode !== town)!.code;
  await createDisclosure(store, county, { regionCode: elsewhere, running: true, title: '关于农村危房改造补助对象的公示' });
  await createDisclosure(store, other, { running: true, title: '关于农村危房改造补助对象的公示' });
});
afterAll(() => cloud.close());

describe('regions', () => {
  it('lists 新津区’s towns, also under its old code 510132', async () => {
    const a = ok((await pub('regions.children', { code: '510118' })) as never) as Res<'public', 'regions.children'>;
    assert.equal(a.region.name, '新津区');
    assert.deepEqual(
      a.items.map((t) => t.code),
      county.towns.map((t) => t.code),
    );
    assert.ok(a.items.every((t) => t.level === 'town' && t.parentCode === '510118'));
    const old = ok((await pub('regions.children', { code: '510132' })) as never) as Res<'public', 'regions.children'>;
    assert.deepEqual(
      old.items.map((t) => t.code),
      a.items.map((t) => t.code),
    );
  });

  it('lists a town’s villages by their everyday names', async () => {
    const a = ok((await pub('regions.children', { code: town })) as never) as Res<'public', 'regions.children'>;
    assert.ok(a.items.some((v) => v.code === village));
    assert.ok(a.items.every((v) => !v.name.endsWith('委员会')));
    const created = county.villages.filter((v) => v.parentCode === town);
    assert.deepEqual(
      a.items.map((v) => v.name),
      created.map((v) => v.name),
    );
    assert.ok(
      created.every((v) => v.officialName?.endsWith('委员会')),
      'their registered names are the committees’',
    );
  });

  it('finds a village by part of its name, with its county and town', async () => {
    const v = ok((await pub('regions.get', { code: village })) as never) as Res<'public', 'regions.get'>;
    const part = Array.from(v.region.name).slice(0, 2).join('');
    const a = ok((await pub('regions.search', { q: part })) as never) as Res<'public', 'regions.search'>;
    const hit = a.items.find((r) => r.code === village);
    assert.ok(hit, `searching ${part} should find ${v.region.name}`);
    assert.ok(hit.path.includes('新津区'));
    assert.equal(v.county?.domains.length, county.domains.length);
  });

  it('refuses a code that is not a region code, in Chinese', async () => {
    const a = await pub('regions.children', { code: '12ab' });
    assert.equal(a.ok, false);
    assert.ok(!a.ok && a.code === 'INVALID_INPUT' && /[\u4e00-\u9fa5]/.test(a.message));
    const missing = await pub('regions.children', { code: '999999' });
    assert.ok(!missing.ok && missing.code === 'NOT_FOUND');
  });
});

describe('catalog', () => {
  it('shows each 扶贫 item with its state and latest disclosure for the village', async () => {
    const a = ok((await pub('catalog.list', { regionCode: village, domain: 'poverty_alleviation' })) as never) as Res<
      'public',
      'catalog.list'
    >;
    assert.ok(a.entries.length >= 3);
    assert.ok(a.entries.every((e) => e.item.domain === 'poverty_alleviation'));
    const published = a.entries.filter((e) => e.state === '已公开');
    assert.ok(published.length > 0);
    assert.ok(published.every((e) => e.latest && e.latest.itemId === e.item.id));
    assert.ok(a.entries.filter((e) => e.state === '暂无').every((e) => e.latest === null));
  });

  it('marks items whose update cycle ran out as 逾期未更新 somewhere in the village’s catalog', async () => {
    const county = ok((await pub('regions.get', { code: village })) as never) as Res<'public', 'regions.get'>;
    const states = new Set<string>();
    for (const d of county.county!.domains) {
      const a = ok((await pub('catalog.list', { regionCode: village, domain: d.id })) as never) as Res<'public', 'catalog.list'>;
      a.entries.forEach((e) => states.add(e.state));
      for (const e of a.entries.filter((x) => x.state === '逾期未更新')) {
        assert.ok(e.nextDue && e.nextDue < '2026-11-26', `${e.item.level2} due ${e.nextDue}`);
      }
    }
    assert.deepEqual([...states].sort(), ['已公开', '暂无', '逾期未更新'].sort());
  });

  it('gives every standard element of an item and its unit', async () => {
    const list = ok((await pub('catalog.list', { regionCode: village, domain: 'rural_housing_renovation' })) as never) as Res<
      'public',
      'catalog.list'
    >;
    const { item, unit } = ok((await pub('catalog.get', { id: list.entries[0].item.id })) as never) as Res<'public', 'catalog.get'>;
    for (const k of ['level1', 'level2', 'summary', 'publisher', 'unitName'] as const) assert.ok(item[k], k);
    assert.ok(item.contents.length && item.basis.length && item.channels.length && item.levels.length);
    assert.ok(item.timeLimit.days > 0 && item.timeLimit.text);
    assert.ok(item.consultPhone.number && item.reportPhone.number);
    assert.equal(unit?.id, item.unitId);
    const missing = await pub('catalog.get', { id: 'no-such-item' });
    assert.ok(!missing.ok && missing.code === 'NOT_FOUND');
  });
});

describe('disclosures', () => {
  it('pages through a village’s disclosures by keyset, newest first, none twice, none lost', async () => {
    const summary = ok((await pub('disclosures.summary', { regionCode: village })) as never) as Res<'public', 'disclosures.summary'>;
    const total = Object.values(summary.counts).reduce((s, n) => s + n, 0);
    assert.ok(total > 20, 'needs more than a page of disclosures');
    assert.equal(total, inChain);
    const seen: string[] = [];
    let cursor: string | undefined;
    let prev = '\uffff';
    do {
      const page = ok((await pub('disclosures.list', { regionCode: village, cursor })) as never) as Res<'public', 'disclosures.list'>;
      for (const d of page.items) {
        assert.ok(d.publishedAt <= prev, 'ordered newest first');
        prev = d.publishedAt;
        seen.push(d.id);
      }
      cursor = page.next ?? undefined;
    } while (cursor);
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, total);
  });

  it('filters by domain and shows the running 公示 with days left and a masked list', async () => {
    const summary = ok((await pub('disclosures.summary', { regionCode: village })) as never) as Res<'public', 'disclosures.summary'>;
    const running = summary.running.find((d) => d.hasTable);
    assert.ok(running, 'a running 公示 with a list');
    assert.equal(running.id, runningHere);
    assert.equal(running.publicity?.state, '公示中');
    assert.ok(running.publicity!.daysLeft >= 1);
    const view = ok((await pub('disclosures.get', { id: running.id })) as never) as Res<'public', 'disclosures.get'>;
    assert.ok(view.table && view.table.rows.length > 0);
    assert.ok(view.table.columns.some((c) => c.includes('身份证')));
    assert.ok(view.table.rows.every((r) => r.some((cell) => cell.includes('****'))));
    assert.ok(!view.table.columns.some((c) => /银行|账号|卡号|健康|病|残疾/.test(c)));
    const domainOnly = ok((await pub('disclosures.list', { regionCode: village, domain: running.domain })) as never) as Res<
      'public',
      'disclosures.list'
    >;
    assert.ok(domainOnly.items.every((d) => d.domain === running.domain));
    // The item page lists its own disclosures: only that item's, this one among them.
    const itemOnly = ok((await pub('disclosures.list', { regionCode: village, itemId: running.itemId })) as never) as Res<
      'public',
      'disclosures.list'
    >;
    assert.ok(itemOnly.items.some((d) => d.id === running.id));
    assert.ok(itemOnly.items.every((d) => d.itemId === running.itemId));
    assert.ok(itemOnly.items.length < domainOnly.items.length || domainOnly.items.every((d) => d.itemId === running.itemId));
  });

  it('takes a list of people out of public view once the 公示期 has ended', async () => {
    const summary = ok((await pub('disclosures.summary', { regionCode: village })) as never) as Res<'public', 'disclosures.summary'>;
    const running = summary.running.find((d) => d.hasTable)!;
    const dayAfter = new Date(Date.parse(`${running.publicity!.end}T00:00:00+08:00`) + 86400000 + 3600000);
    await cloud.setClock(dayAfter);
    try {
      const view = ok((await pub('disclosures.get', { id: running.id })) as never) as Res<'public', 'disclosures.get'>;
      assert.equal(view.publicity?.state, '公示期满');
      assert.equal(view.table, undefined);
      assert.match(view.tableNote ?? '', /撤下/);
      const later = ok((await pub('disclosures.summary', { regionCode: village })) as never) as Res<'public', 'disclosures.summary'>;
      assert.ok(!later.running.some((d) => d.id === running.id));
    } finally {
      await cloud.setClock('2026-11-26T02:00:00Z');
    }
  });

  it('answers NOT_FOUND for an unknown disclosure and refuses a forged cursor', async () => {
    const a = await pub('disclosures.get', { id: 'nope' });
    assert.ok(!a.ok && a.code === 'NOT_FOUND');
    const b = await pub('disclosures.list', { regionCode: village, cursor: 'garbage' });
    assert.ok(!b.ok && b.code === 'INVALID_INPUT');
  });

  it('gives the code for the printed notice: locally a QR of this site’s H5 page with the disclosure’s scene', async () => {
    const a = ok((await pub('disclosures.code', { id: runningHere })) as never) as Res<'public', 'disclosures.code'>;
    const prefix = 'data:image/svg+xml;base64,';
    assert.ok(a.image.startsWith(prefix));
    const svg = Buffer.from(a.image.slice(prefix.length), 'base64').toString('utf8');
    const page = `${cloud.url}/#/pages/disclosure/index?scene=${encodeURIComponent(sceneForDisclosure(runningHere))}`;
    assert.equal(svg, renderSVG(page));
    const missing = await pub('disclosures.code', { id: 'nope' });
    assert.ok(!missing.ok && missing.code === 'NOT_FOUND');
  });
});

describe('search', () => {
  it('finds catalog items and disclosures by a two-character Chinese word', async () => {
    const a = ok((await pub('search', { q: '危房', regionCode: village })) as never) as Res<'public', 'search'>;
    assert.ok(a.items.length > 0 && a.items.every((i) => i.countyCode === county.code));
    assert.ok(a.disclosures.length > 0);
    assert.ok(a.disclosures.every((d) => [village, town, county.code].includes(d.regionCode)));
    const all = ok((await pub('search', { q: '危房' })) as never) as Res<'public', 'search'>;
    assert.ok(new Set(all.items.map((i) => i.countyCode)).size > 1, 'unscoped search spans counties');
    const none = await pub('search', { q: '   ' });
    assert.ok(!none.ok && none.code === 'INVALID_INPUT');
  });
});

describe('the function envelope', () => {
  it('answers unknown actions and malformed bodies with a stable code', async () => {
    const a = await cloud.call('public', 'drop.tables', {});
    assert.ok(!a.ok && a.code === 'UNKNOWN_ACTION');
    const res = await cloud.raw('/api/public', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    const body = (await res.json()) as { ok: boolean; code: string };
    assert.equal(body.code, 'INVALID_INPUT');
    const nofn = await cloud.raw('/api/nothing', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(nofn.status, 404);
  });

  it('never returns an unmasked ID number or mobile number in any public answer', () => {
    assert.ok(answers.length > 20);
    const leaks = answers.flatMap((a) => findPersonalData(a));
    assert.deepEqual(leaks, []);
  });
});
