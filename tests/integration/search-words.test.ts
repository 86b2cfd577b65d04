// Search in everyday words: what villagers type (修房子, 拆迁, 孩子上学, 低保) finds the right
// domain's catalog items, each hit saying why it matched; every example chip on the search
// page finds something. A county built by the helpers, with its standard catalog.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createCounty, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import { expandQuery } from '../../core/search/synonyms';

let cloud: TestCloud;
let county: TestCounty;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { name: '清溪县' });
});
afterAll(() => cloud.close());

const search = async (q: string) =>
  ok(await cloud.call<Res<'public', 'search'>>('public', 'search', { q, regionCode: county.villages[0].code }));

describe('search in everyday words', () => {
  const cases: Array<[string, string]> = [
    ['修房子', 'rural_housing_renovation'],
    ['拆迁', 'housing_expropriation'],
    ['孩子上学', 'compulsory_education'],
    ['学区', 'compulsory_education'],
    ['低保', 'poverty_alleviation'],
    ['贫困户', 'poverty_alleviation'],
  ];
  for (const [q, domain] of cases) {
    it(`“${q}” finds ${domain} items and says why`, async () => {
      const a = await search(q);
      assert.ok(a.items.length > 0, `“${q}”应找到公开事项`);
      assert.ok(
        a.items.every((i) => i.domain === domain),
        `“${q}”找到的应都是${domain}：${a.items.map((i) => i.domain)}`,
      );
      for (const i of a.items) {
        const word = /^“([^”]+)”属于“[^”]+”，按“[^”]+”找到$/.exec(i.why ?? '')?.[1];
        assert.ok(word && q.includes(word), `命中原因应说出按什么词找到：${i.why}`);
      }
    });
  }

  it('words the catalog itself uses match as typed, with no reason attached', async () => {
    const a = await search('危房改造');
    assert.ok(a.items.length > 0);
    assert.ok(a.items.every((i) => i.why === undefined));
  });

  it('every example chip of the search page finds something', async () => {
    // The chips of src/pages/search/index.tsx.
    for (const q of ['低保', '修房子', '拆迁', '孩子上学', '征地补偿', '扶贫项目']) {
      const a = await search(q);
      assert.ok(a.items.length + a.disclosures.length > 0, `例子“${q}”应有结果`);
    }
  });

  it('expands at most two official words, never the word already typed', () => {
    assert.deepEqual(
      expandQuery('拆迁').map((e) => e.term),
      ['房屋征收'],
    );
    assert.ok(expandQuery('孩子上学学区').length <= 2);
    assert.deepEqual(expandQuery('房屋征收'), []);
    assert.deepEqual(expandQuery('请问今天几号'), []);
  });
});
