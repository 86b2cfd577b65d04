// The Store contract for regions.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open, region, C, T, V, O, pad, shuffle, q, codes } from './fixtures';

export function regionsContract(open: Open): void {
  const test = caseOn(open);

  describe('regions', () => {
    test('put/get round trip; missing is null; results are copies', async (s) => {
      const rs = [region('51', '四川省'), region(C, '新津区'), region(T, '花源街道'), region(V, '花源社区', { kind: '111' })];
      await s.putRegions(rs);
      for (const r of rs) assert.deepStrictEqual(await s.getRegion(r.code), r);
      assert.equal(await s.getRegion('510118999'), null);
      const got = (await s.getRegion(V))!;
      got.path.push('x');
      got.name = 'x';
      assert.deepStrictEqual(await s.getRegion(V), rs[3]);
    });

    test('upsert replaces the document and its search tokens; the last of a batch wins', async (s) => {
      await s.putRegions([region(V, '花源社区')]);
      await s.putRegions([region(V, '白鹤村', { kind: '220' }), region(O, '甲村'), region(O, '乙村')]);
      assert.deepStrictEqual(await s.getRegion(V), region(V, '白鹤村', { kind: '220' }));
      assert.deepStrictEqual(await s.getRegion(O), region(O, '乙村'));
      assert.deepStrictEqual(await s.searchRegions(q('花源'), 10), []);
      assert.deepStrictEqual(codes(await s.searchRegions(q('白鹤'), 10)), [V]);
      assert.equal(await s.countRegions('village'), 2);
    });

    test('children ordered by code, keyset pages of at most 100 across 250 children', async (s) => {
      const kids = Array.from({ length: 250 }, (_, i) => region(`${T}${pad(i + 1)}`, `村${i + 1}`));
      await s.putRegions(shuffle([...kids, region(T, '花源街道'), region(O, '别的村'), region(`${C}002`, '花桥街道')]));
      const seen: string[] = [];
      let after: string | undefined;
      for (const expected of [100, 100, 50, 0]) {
        const page = await s.listRegionChildren(T, 100, after);
        assert.equal(page.length, expected);
        seen.push(...codes(page));
        after = page.at(-1)?.code;
      }
      assert.deepStrictEqual(seen, codes(kids));
      assert.deepStrictEqual(codes(await s.listRegionChildren(T, 3, `${T}010`)), [`${T}011`, `${T}012`, `${T}013`]);
      assert.deepStrictEqual(codes(await s.listRegionChildren(C, 10)), [T, `${C}002`]);
      assert.deepStrictEqual(await s.listRegionChildren('510118777', 10), []);
    });

    test('search by bigrams (all must match), ordered by code length then code', async (s) => {
      await s.putRegions(
        shuffle([region(C, '新津区'), region(T, '花源街道'), region(V, '花源社区'), region(`${C}002`, '花桥街道'), region(O, '白鹤村')]),
      );
      assert.deepStrictEqual(codes(await s.searchRegions(q('花源'), 10)), [T, V]);
      assert.deepStrictEqual(codes(await s.searchRegions(q('花源 社区'), 10)), [V]);
      assert.deepStrictEqual(codes(await s.searchRegions(q('津区'), 10)), [C]);
      assert.deepStrictEqual(await s.searchRegions(q('不存在'), 10), []);
      assert.deepStrictEqual(await s.searchRegions({ all: [] }, 10), []);
      assert.deepStrictEqual(await s.searchRegions(q('花源'), 10).then((r) => r[1]), region(V, '花源社区'));
    });

    test('a single character searches by token prefix', async (s) => {
      await s.putRegions([
        region(C, '新津区'),
        region(T, '花源街道'),
        region(V, '花源社区'),
        region(`${C}002`, '花桥街道'),
        region(O, '白鹤村'),
      ]);
      assert.deepStrictEqual(codes(await s.searchRegions(q('花'), 10)), [T, `${C}002`, V]);
      // Any token may start with it, not only the first: 白鹤村 has the token 鹤村.
      assert.deepStrictEqual(codes(await s.searchRegions(q('鹤'), 10)), [O]);
      assert.deepStrictEqual(codes(await s.searchRegions({ all: ['花源'], prefix: '社' }, 10)), [V]);
    });

    test('a search limit keeps the first hits in result order (counties before villages), not insertion order', async (s) => {
      await s.putRegions([region(V, '金华村'), region(`${T}002`, '金华二村'), region(T, '金华镇'), region(C, '金华区')]);
      assert.deepStrictEqual(codes(await s.searchRegions(q('金华'), 2)), [C, T]);
    });

    test('counts per level', async (s) => {
      await s.putRegions([region(C, '新津区'), region(T, '花源街道'), region(V, '甲'), region(O, '乙')]);
      assert.equal(await s.countRegions('county'), 1);
      assert.equal(await s.countRegions('town'), 1);
      assert.equal(await s.countRegions('village'), 2);
      assert.equal(await s.countRegions('province'), 0);
    });
  });
}
