// Open data (issue 13 item 1): a county's catalog and its places' disclosures as JSON and CSV,
// Atom feeds per village and village × domain, served by the local cloud at stable paths and by
// the public function, and written as a static folder by export:open-data.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_NOW, ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createCounty, createDisclosure, type TestCounty } from '../helpers/world';
import { atomEntries, atomProblems, atomText, csvRecords, parseXml } from '../helpers/open-formats';
import { findPersonalData } from '../helpers/personal-data';
import { CATALOG_HEADER, DISCLOSURE_HEADER } from '../../core/opendata/columns';
import { makeIdNumber } from '../../core/privacy/mask';
import { addDays, shanghaiDate } from '../../core/time/shanghai';
import type { Disclosure } from '../../core/model';
import type { OpenDataFile } from '../../core/opendata/service';
import { exportOpenData } from '../../scripts/export-open-data';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let running: Disclosure;
let ended: Disclosure;
let flagged: Disclosure;
let plain: Disclosure;
const today = shanghaiDate(FIXED_NOW);
const RAW_ID = makeIdNumber('510118', '19800203', 17);
const RAW_MOBILE = '13912345678';

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 2 });
  village = county.villages[0].code;
  const base = await createDisclosure(cloud.store, county, { running: true, title: '危房改造补助对象公示' });
  // Stored unmasked on purpose: what leaves as open data is masked again on the way out.
  running = {
    ...base,
    body: `补助对象如下，联系人手机${RAW_MOBILE}。`,
    table: { columns: ['序号', '户主姓名', '身份证号码', '联系电话'], rows: [['1', '公示户甲', RAW_ID, RAW_MOBILE]], personal: true },
  };
  ended = {
    ...(await createDisclosure(cloud.store, county, { running: true, title: '上一批补助对象公示' })),
    publicity: { start: addDays(today, -20), end: addDays(today, -10) },
    publishedAt: new Date(FIXED_NOW.getTime() - 20 * 86_400_000).toISOString(),
    table: { columns: ['序号', '户主姓名'], rows: [['1', '期满户乙']], personal: true },
  };
  flagged = {
    ...(await createDisclosure(cloud.store, county, { running: true, title: '有人反映泄露信息的公示' })),
    table: { columns: ['序号', '户主姓名'], rows: [['1', '核查户丙']], personal: true },
    attachments: [{ name: '名单原件.xlsx', url: 'cloud://x/y.xlsx' }],
    privacyReview: { requestedAt: FIXED_NOW.toISOString(), complaintId: 'c-1' },
  };
  plain = {
    ...(await createDisclosure(cloud.store, county, { domain: 'poverty_alleviation', title: '扶贫项目资金使用情况' })),
    link: { title: '县扶贫资金公告', url: 'https://example.gov.cn/a.html', date: '2026-11-01' },
    interpretation: [{ q: '这笔钱用在哪里，"谁"能领？', a: '用于村道硬化，\n全村受益。' }],
    attachments: [{ name: '资金明细.pdf', url: 'cloud://x/z.pdf' }],
  };
  await cloud.store.putDisclosures([running, ended, flagged, plain]);
});
afterAll(() => cloud.close());

const get = (path: string, init?: RequestInit) => cloud.raw(path, init);

describe('catalog as open data', () => {
  it('CSV: UTF-8 with BOM, RFC 4180, the dictionary’s columns in order, one row per standing item', async () => {
    const res = await get(`/open-data/${county.code}/catalog.csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(res.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    // Read as bytes: fetch's text() drops a BOM.
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = bytes.toString('utf8');
    const { header, records } = csvRecords(text);
    assert.deepEqual(header, [...CATALOG_HEADER]);
    assert.equal(records.length, county.items.filter((i) => !i.retired).length);
    const item = county.items[0];
    const row = records.find((r) => r.item_id === item.id)!;
    assert.equal(row.level2, item.level2);
    assert.equal(row.contents, item.contents.join('；'));
    assert.equal(row.time_limit, item.timeLimit.text);
    assert.equal(row.consult_phone, item.consultPhone.number);
    assert.equal(row.county_name, county.name);
  });

  it('JSON carries the same records; a second fetch with the ETag is 304', async () => {
    const res = await get(`/open-data/${county.code}/catalog.json`);
    const body = (await res.json()) as { count: number; columns: string[]; records: Array<Record<string, unknown>>; terms: string };
    assert.equal(body.count, body.records.length);
    assert.deepEqual(Object.keys(body.records[0]), [...CATALOG_HEADER]);
    assert.ok(body.terms.length > 10);
    const again = await get(`/open-data/${county.code}/catalog.json`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('the public function serves it too', async () => {
    const f = ok(await cloud.call<OpenDataFile>('public', 'opendata.catalog', { countyCode: county.code, format: 'csv' }));
    assert.equal(f.contentType.split(';')[0], 'text/csv');
    assert.equal(csvRecords(f.body).records.length, county.items.length);
  });
});

describe('disclosures as open data', () => {
  let records: Array<Record<string, string>>;
  beforeAll(async () => {
    const res = await get(`/open-data/${village}/disclosures.csv`);
    assert.equal(res.status, 200);
    const parsed = csvRecords(await res.text());
    assert.deepEqual(parsed.header, [...DISCLOSURE_HEADER]);
    records = parsed.records;
  });
  const rec = (d: Disclosure) => records.find((r) => r.id === d.id)!;

  it('lists what was published at the village, newest first, with item, publisher, dates and H5 link', () => {
    assert.ok(records.length >= 4);
    const r = rec(running);
    assert.equal(r.region_code, village);
    assert.equal(r.publisher, running.unitName);
    assert.match(r.published_at, /\+08:00$/);
    assert.equal(r.publicity_start, running.publicity!.start);
    assert.equal(r.publicity_state, '公示中');
    assert.match(r.url, /#\/pages\/disclosure\/index\?id=/);
    assert.ok(r.item_title);
    const times = records.map((x) => x.published_at);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  it('a running list is there, masked again; an ended one and one under a leak check are not', () => {
    const r = rec(running);
    const rows = JSON.parse(r.table_rows) as string[][];
    assert.equal(rows[0][1], '公示户甲');
    assert.notEqual(rows[0][2], RAW_ID);
    assert.ok(!r.body.includes(RAW_MOBILE));
    assert.equal(rec(ended).table_rows, '');
    assert.equal(rec(ended).table_note, '公示期满，名单已撤下');
    assert.equal(rec(flagged).table_rows, '');
    assert.equal(rec(flagged).attachments, '');
    assert.equal(rec(flagged).table_note, '名单核查中');
  });

  it('links, 解读 and attachment names; quotes, commas and line breaks survive the round trip', () => {
    const all = records.length;
    const r = records.find((x) => x.id === plain.id);
    // The plain one is published at the same village (createDisclosure's default place).
    assert.ok(r, `plain disclosure among ${all}`);
    assert.equal(r.link_url, 'https://example.gov.cn/a.html');
    assert.equal(r.formed_date, '2026-11-01');
    assert.equal(r.attachments, '资金明细.pdf');
    assert.equal(r.interpretation, '问：这笔钱用在哪里，"谁"能领？答：用于村道硬化，\n全村受益。');
  });

  it('no personal number anywhere in the JSON or CSV', async () => {
    for (const path of [`/open-data/${village}/disclosures.csv`, `/open-data/${village}/disclosures.json`]) {
      assert.deepEqual(findPersonalData(await (await get(path)).text()), [], path);
    }
  });

  it('the public function pages it, 100 at a time', async () => {
    const f = ok(await cloud.call<OpenDataFile>('public', 'opendata.disclosures', { regionCode: village, format: 'json' }));
    const body = JSON.parse(f.body) as { records: Array<{ id: string }> };
    assert.equal(body.records.length, records.length);
    assert.equal(f.next, null);
  });

  it('bad or unknown codes: 400 and 404 as JSON, never 5xx', async () => {
    const bad = await get('/open-data/12ab/disclosures.json');
    assert.equal(bad.status, 404);
    assert.equal(((await bad.json()) as { ok: boolean }).ok, false);
    const unknown = await get('/open-data/519899/catalog.csv');
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'NOT_FOUND');
    const notCounty = await get(`/open-data/${village.slice(0, 4)}00/catalog.csv`);
    assert.ok([400, 404].includes(notCounty.status));
    const post = await get(`/open-data/${county.code}/catalog.csv`, { method: 'POST' });
    assert.equal(post.status, 405);
  });
});

describe('Atom feeds', () => {
  it('a village feed validates against RFC 4287 and links each entry to its H5 page', async () => {
    const res = await get(`/feeds/${village}.atom`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/);
    const doc = parseXml(await res.text());
    assert.deepEqual(atomProblems(doc), []);
    const entries = atomEntries(doc);
    assert.ok(entries.length >= 4);
    const first = entries.find((e) => atomText(e, 'title') === running.title)!;
    assert.match(atomText(first, 'id'), /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(atomText(first, 'author').trim(), running.unitName);
    const link = Array.from(first.getElementsByTagName('link'))[0].getAttribute('href')!;
    assert.match(link, new RegExp(`#/pages/disclosure/index\\?id=${encodeURIComponent(running.id)}$`));
    const self = Array.from(doc.documentElement.children).find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self');
    assert.match(self!.getAttribute('href')!, new RegExp(`/feeds/${village}\\.atom$`));
  });

  it('ids are stable from one fetch to the next; a new publication is in the very next fetch', async () => {
    const before = atomEntries(parseXml(await (await get(`/feeds/${village}.atom`)).text())).map((e) => atomText(e, 'id'));
    const fresh = await createDisclosure(cloud.store, county, { title: '新发布的危房改造进度', publishedAt: FIXED_NOW.toISOString() });
    const after = atomEntries(parseXml(await (await get(`/feeds/${village}.atom`)).text()));
    assert.equal(atomText(after[0], 'title'), fresh.title);
    assert.deepEqual(
      after.slice(1).map((e) => atomText(e, 'id')),
      before,
    );
  });

  it('per village × domain: only that domain; an unknown domain is 404', async () => {
    const doc = parseXml(await (await get(`/feeds/${village}/poverty_alleviation.atom`)).text());
    assert.deepEqual(atomProblems(doc), []);
    assert.deepEqual(
      atomEntries(doc).map((e) => atomText(e, 'title')),
      [plain.title],
    );
    assert.equal((await get(`/feeds/${village}/no_such_domain.atom`)).status, 404);
    assert.equal((await get('/feeds/999999999999.atom')).status, 404);
  });

  it('the public function answers the same feed', async () => {
    const f = ok(await cloud.call<OpenDataFile>('public', 'opendata.feed', { regionCode: village, domainId: 'poverty_alleviation' }));
    assert.deepEqual(atomProblems(parseXml(f.body)), []);
  });
});

describe('npm run export:open-data', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-open-data-'));
    const r = await exportOpenData(cloud.store, county.code, dir, {
      baseUrl: 'https://gongkai.example.cn',
      clock: { now: () => FIXED_NOW },
    });
    files = r.files;
    assert.equal(r.feeds, county.villages.length * (county.domains.length + 1));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes index.html, the catalog, every place’s disclosures and every village’s feeds', () => {
    assert.equal(files[0], 'index.html');
    assert.ok(files.includes(`open-data/${county.code}/catalog.csv`));
    for (const v of county.villages) {
      assert.ok(files.includes(`open-data/${v.code}/disclosures.json`));
      assert.ok(files.includes(`feeds/${v.code}.atom`));
      assert.ok(files.includes(`feeds/${v.code}/poverty_alleviation.atom`));
    }
    for (const t of county.towns) assert.ok(files.includes(`open-data/${t.code}/disclosures.csv`));
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.match(index, /使用条款/);
    assert.ok(index.includes(`open-data/${county.code}/catalog.csv`));
  });

  it('no personal number in any file; the ended list’s people appear nowhere', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.deepEqual(findPersonalData(text), [], f);
      assert.ok(!text.includes('期满户乙'), `${f} carries a list whose 公示 ended`);
      assert.ok(!text.includes('核查户丙'), `${f} carries a list under a leak check`);
      if (f.endsWith('.atom')) assert.deepEqual(atomProblems(parseXml(text)), [], f);
      if (f.endsWith('.csv')) csvRecords(text);
    }
  });
});
