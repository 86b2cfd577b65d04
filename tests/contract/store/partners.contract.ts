// The Store contract for Open311 partner systems and the requests they filed (issue 13 item 2).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Partner, PartnerRequest } from '../../../core/open311/partner';
import { caseOn, type Open, C } from './fixtures';

export function partner(id: string, extra: Partial<Partner> = {}): Partner {
  return {
    id,
    countyCode: C,
    name: '网格化服务管理平台',
    keyHash: `hash-${id}`,
    keyHint: 'ab12',
    dailyLimit: 1000,
    createdAt: '2026-11-26T02:00:00.000Z',
    createdBy: 'o-admin',
    version: 1,
    ...extra,
  };
}

export function partnerRequest(complaintId: string, extra: Partial<PartnerRequest> = {}): PartnerRequest {
  return {
    complaintId,
    countyCode: C,
    partnerId: `${C}-p1`,
    partnerRequestId: `req-${complaintId}`,
    serviceCode: 'rural_housing_renovation-01.late',
    createdAt: '2026-11-26T02:00:00.000Z',
    ...extra,
  };
}

export function partnersContract(open: Open): void {
  const test = caseOn(open);

  describe('partners', () => {
    test('insert once per id and per key hash, read by id and by key hash; missing is null', async (s) => {
      const a = partner(`${C}-p1`);
      assert.equal(await s.insertPartner(a), true);
      assert.equal(await s.insertPartner({ ...a, keyHash: 'other' }), false, 'same id');
      assert.equal(await s.insertPartner(partner(`${C}-p2`, { keyHash: a.keyHash })), false, 'same key');
      assert.deepStrictEqual(await s.getPartner(a.id), a);
      assert.deepStrictEqual(await s.getPartnerByKeyHash(a.keyHash), a);
      assert.equal(await s.getPartner('none'), null);
      assert.equal(await s.getPartnerByKeyHash('none'), null);
    });

    test('update only from the version read; optional fields removed when absent', async (s) => {
      const a = partner(`${C}-p1`);
      await s.insertPartner(a);
      const revoked: Partner = { ...a, revokedAt: '2026-11-27T00:00:00.000Z', revokedBy: 'o-admin', version: 2 };
      assert.equal(await s.updatePartner(revoked, 1), true);
      assert.equal(await s.updatePartner({ ...a, name: '别的', version: 2 }, 1), false);
      assert.deepStrictEqual(await s.getPartner(a.id), revoked);
      assert.equal(await s.updatePartner({ ...a, version: 3 }, 2), true);
      assert.deepStrictEqual(await s.getPartner(a.id), { ...a, version: 3 });
    });

    test('list per county, newest first, keyset', async (s) => {
      const list = Array.from({ length: 4 }, (_, i) => partner(`${C}-p${i}`, { createdAt: `2026-11-2${i}T00:00:00.000Z` }));
      for (const p of list) await s.insertPartner(p);
      await s.insertPartner(partner('510403-p1', { countyCode: '510403' }));
      const ids = (xs: Partner[]) => xs.map((x) => x.id);
      assert.deepStrictEqual(ids(await s.listPartners(C, 2)), [`${C}-p3`, `${C}-p2`]);
      assert.deepStrictEqual(ids(await s.listPartners(C, 10, { createdAt: list[2].createdAt, id: list[2].id })), [`${C}-p1`, `${C}-p0`]);
      assert.deepStrictEqual(ids(await s.listPartners('510403', 10)), ['510403-p1']);
    });

    test('filed requests: put is idempotent by complaint, listed by county, service and date range, newest first', async (s) => {
      const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T02:00:00.000Z`;
      for (let d = 1; d <= 6; d++) {
        await s.putPartnerRequest(partnerRequest(`c${d}`, { createdAt: day(d), serviceCode: d % 2 ? 'odd.late' : 'even.other' }));
      }
      await s.putPartnerRequest(partnerRequest('c3', { createdAt: day(3), serviceCode: 'odd.late' }));
      await s.putPartnerRequest(partnerRequest('x1', { countyCode: '510403', createdAt: day(4) }));
      assert.deepStrictEqual(await s.getPartnerRequest('c2'), partnerRequest('c2', { createdAt: day(2), serviceCode: 'even.other' }));
      assert.equal(await s.getPartnerRequest('none'), null);
      const ids = (xs: PartnerRequest[]) => xs.map((x) => x.complaintId);
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: C, limit: 10 })), ['c6', 'c5', 'c4', 'c3', 'c2', 'c1']);
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: C, serviceCode: 'odd.late', limit: 10 })), ['c5', 'c3', 'c1']);
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: C, from: day(2), to: day(5), limit: 10 })), ['c4', 'c3', 'c2']);
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: C, from: day(3), limit: 10 })), ['c6', 'c5', 'c4', 'c3']);
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: C, to: day(2), limit: 10 })), ['c1']);
      assert.deepStrictEqual(
        ids(await s.listPartnerRequests({ countyCode: C, after: { createdAt: day(4), complaintId: 'c4' }, limit: 2 })),
        ['c3', 'c2'],
      );
      assert.deepStrictEqual(ids(await s.listPartnerRequests({ countyCode: '510403', limit: 10 })), ['x1']);
    });
  });
}
