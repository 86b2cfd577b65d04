// The Store contract for 回应关切 (public Q&A and unit responses; issue 10 part 4).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { PublicResponse } from '../../../core/responses/model';
import { caseOn, type Open, C, T, V } from './fixtures';

export function response(id: string, extra: Partial<PublicResponse> = {}): PublicResponse {
  return {
    id,
    kind: 'response',
    countyCode: C,
    regionCode: C,
    question: '关于危房改造补助发放进度的说明',
    answer: '补助资金已于本月下拨，请各户留意。',
    unitId: `${C}-zjj`,
    unitName: '住建局',
    at: '2026-11-20T02:00:00.000Z',
    ...extra,
  };
}

export function responsesContract(open: Open): void {
  const test = caseOn(open);

  describe('responses', () => {
    test('put replaces by id (absent fields removed), get, delete; missing is null', async (s) => {
      const qa = response('qa-1', { kind: 'qa', regionCode: V, itemId: 'i1', domain: 'poverty', complaintId: 'c1' });
      await s.putResponse(qa);
      assert.deepStrictEqual(await s.getResponse('qa-1'), qa);
      const { itemId: _i, domain: _d, ...rest } = qa;
      const reworded = { ...rest, question: '改写后的问题', reworded: true };
      await s.putResponse(reworded);
      assert.deepStrictEqual(await s.getResponse('qa-1'), reworded);
      await s.deleteResponse('qa-1');
      await s.deleteResponse('qa-1');
      assert.equal(await s.getResponse('qa-1'), null);
      assert.deepStrictEqual(await s.listResponses({ regionCodes: [V], limit: 10 }), []);
    });

    test('list by regions, by item, or both, newest first, with a keyset', async (s) => {
      const rows = [
        response('a', { regionCode: V, itemId: 'i1', at: '2026-11-21T00:00:00.000Z' }),
        response('b', { regionCode: T, at: '2026-11-22T00:00:00.000Z' }),
        response('c', { regionCode: C, itemId: 'i1', at: '2026-11-23T00:00:00.000Z' }),
        response('d', { regionCode: `${T}002`, itemId: 'i1', at: '2026-11-24T00:00:00.000Z' }),
        response('e', { regionCode: V, at: '2026-11-21T00:00:00.000Z' }),
      ];
      for (const r of rows) await s.putResponse(r);
      const ids = (list: PublicResponse[]) => list.map((r) => r.id);
      assert.deepStrictEqual(ids(await s.listResponses({ regionCodes: [V, T, C], limit: 10 })), ['c', 'b', 'e', 'a']);
      assert.deepStrictEqual(ids(await s.listResponses({ regionCodes: [V, T, C], itemId: 'i1', limit: 10 })), ['c', 'a']);
      assert.deepStrictEqual(ids(await s.listResponses({ itemId: 'i1', limit: 10 })), ['d', 'c', 'a']);
      const first = await s.listResponses({ regionCodes: [V, T, C], limit: 2 });
      assert.deepStrictEqual(ids(first), ['c', 'b']);
      const last = first[first.length - 1];
      assert.deepStrictEqual(ids(await s.listResponses({ regionCodes: [V, T, C], after: { at: last.at, id: last.id }, limit: 10 })), [
        'e',
        'a',
      ]);
      assert.deepStrictEqual(await s.listResponses({ regionCodes: [], limit: 10 }), []);
    });

    test('list by answering unit, newest first, with a keyset', async (s) => {
      const rows = [
        response('u1', { unitId: `${C}-zjj`, at: '2026-11-21T00:00:00.000Z' }),
        response('u2', { unitId: `${C}-jyj`, at: '2026-11-22T00:00:00.000Z' }),
        response('u3', { unitId: `${C}-zjj`, kind: 'qa', regionCode: V, at: '2026-11-23T00:00:00.000Z' }),
        response('u4', { unitId: `${C}-zjj`, at: '2026-11-24T00:00:00.000Z' }),
      ];
      for (const r of rows) await s.putResponse(r);
      const ids = (list: PublicResponse[]) => list.map((r) => r.id);
      assert.deepStrictEqual(ids(await s.listResponses({ unitId: `${C}-zjj`, limit: 10 })), ['u4', 'u3', 'u1']);
      const first = await s.listResponses({ unitId: `${C}-zjj`, limit: 1 });
      assert.deepStrictEqual(ids(await s.listResponses({ unitId: `${C}-zjj`, after: { at: first[0].at, id: first[0].id }, limit: 10 })), [
        'u3',
        'u1',
      ]);
      assert.deepStrictEqual(ids(await s.listResponses({ unitId: `${C}-mzj`, limit: 10 })), []);
    });
  });
}
