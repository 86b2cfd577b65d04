// The pure parts of the open data: CSV fields, the Atom document, which list may leave when,
// and the README's data dictionary against the columns the files carry.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../core/opendata/csv';
import { atomXml, stableUrn } from '../../core/opendata/atom';
import { openTable } from '../../core/opendata/records';
import { CATALOG_COLUMNS, DISCLOSURE_COLUMNS } from '../../core/opendata/columns';
import { parseServiceCode, SERVICE_CATEGORIES } from '../../core/open311/services';
import { atomProblems, parseCsv, parseXml } from '../helpers/open-formats';
import type { Disclosure } from '../../core/model';

describe('CSV', () => {
  it('quotes by RFC 4180 and round-trips commas, quotes and line breaks; formulas are defused', () => {
    const rows = [['a,b', 'say "hi"', 'line1\r\nline2', '=SUM(A1)', '', '普通文字']];
    const text = toCsv(['x', 'y', 'z', 'f', 'e', 'c'], rows);
    assert.ok(text.startsWith('\uFEFF') && text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [
      ['x', 'y', 'z', 'f', 'e', 'c'],
      ['a,b', 'say "hi"', 'line1\r\nline2', "'=SUM(A1)", '', '普通文字'],
    ]);
  });
});

describe('Atom', () => {
  it('a feed with no entries and one with awkward text are well-formed and complete', () => {
    const base = {
      key: 'feed:1',
      title: '某村 & <政务公开>',
      selfUrl: 'https://x.cn/feeds/1.atom',
      htmlUrl: 'https://x.cn/',
      updated: '2026-11-26T10:00:00+08:00',
      author: '县政府',
    };
    assert.deepEqual(atomProblems(parseXml(atomXml({ ...base, entries: [] }))), []);
    const entry = {
      key: 'd:1',
      title: '标题 "引号" \u0001',
      updated: '2026-11-26T10:00:00+08:00',
      published: '2026-11-26T10:00:00+08:00',
      link: 'https://x.cn/#/a?id=1&b=2',
      author: '村委会',
      summary: 's',
      content: '<b>不是标签</b>',
    };
    const doc = parseXml(atomXml({ ...base, entries: [entry] }));
    assert.deepEqual(atomProblems(doc), []);
    assert.equal(doc.getElementsByTagName('content')[0].textContent, '<b>不是标签</b>');
  });

  it('ids are RFC 4122 version-5 URNs, stable and distinct', () => {
    assert.equal(stableUrn('disclosure:a'), stableUrn('disclosure:a'));
    assert.notEqual(stableUrn('disclosure:a'), stableUrn('disclosure:b'));
    assert.match(stableUrn('x'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('which list may leave', () => {
  const d = (extra: Partial<Disclosure>): Disclosure =>
    ({
      id: 'd',
      table: { columns: ['序号', '姓名'], rows: [['1', '某甲']], personal: true },
      publicity: { start: '2026-11-20', end: '2026-11-30' },
      ...extra,
    }) as Disclosure;
  const at = (day: string) => new Date(`${day}T04:00:00Z`);
  it('a list of people only while its 公示 runs, on its first and last day included', () => {
    assert.equal(openTable(d({}), at('2026-11-19')).table, null);
    assert.ok(openTable(d({}), at('2026-11-20')).table);
    assert.ok(openTable(d({}), at('2026-11-30')).table);
    assert.equal(openTable(d({}), at('2026-12-01')).note, '公示期满，名单已撤下');
    assert.equal(openTable(d({ publicity: undefined }), at('2026-11-25')).table, null);
  });
  it('nothing while a leak report is open; a table of no people stays', () => {
    assert.equal(openTable(d({ privacyReview: { requestedAt: 'x', complaintId: 'c' } }), at('2026-11-25')).note, '名单核查中');
    const figures = d({ table: { columns: ['项目', '金额'], rows: [['道路', '1000']] }, publicity: undefined });
    assert.ok(openTable(figures, at('2027-01-01')).table);
  });
});

describe('Open311 service codes', () => {
  it('parse back to the county’s item and the category', () => {
    assert.deepEqual(parseServiceCode('510118', 'rural_housing_renovation-01.late'), {
      itemId: '510118-rural_housing_renovation-01',
      category: SERVICE_CATEGORIES.find((c) => c.code === 'late'),
    });
    assert.equal(parseServiceCode('510118', 'rural_housing_renovation-01.objection'), null);
    assert.equal(parseServiceCode('510118', '../x.late'), null);
  });
});

describe('README data dictionary', () => {
  it('lists every column of both files, in order, with its meaning', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const [title, cols] of [
      ['### Data dictionary: catalog', CATALOG_COLUMNS],
      ['### Data dictionary: disclosures', DISCLOSURE_COLUMNS],
    ] as const) {
      const start = readme.indexOf(title);
      assert.ok(start >= 0, title);
      const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
      const rows = [...section.matchAll(/^\| `([a-z_0-9]+)` \| (.+) \|$/gm)].map((m) => ({ name: m[1], meaning: m[2] }));
      assert.deepEqual(
        rows,
        cols.map((c) => ({ name: c.name, meaning: c.meaning })),
      );
    }
  });
});
