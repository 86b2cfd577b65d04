// The Store contract on read limits, across every kind.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  caseOn,
  type Open,
  region,
  item,
  C,
  T,
  disclosure,
  account,
  U1,
  OWNER,
  at,
  complaint,
  notification,
  AUTHOR,
  draft,
  pad,
  q,
  insertAll,
  insertDrafts,
} from './fixtures';

export function limitsContract(open: Open): void {
  const test = caseOn(open);

  describe('limits', () => {
    test('every limited read returns at most 100, and at least 1 for a limit below 1', async (s) => {
      const n = 130;
      await s.putRegions(Array.from({ length: n }, (_, i) => region(`${T}${pad(i)}`, `金沙${i}村`)));
      await s.putCatalogItems(Array.from({ length: n }, (_, i) => item(C, `t${pad(i)}`, 'poverty', i, { level2: '临时救助' })));
      await s.putDisclosures(
        Array.from({ length: n }, (_, i) =>
          disclosure(`l${pad(i)}`, { title: '临时救助', publicity: { start: '2025-01-01', end: '2025-12-31' } }),
        ),
      );
      await s.putAccounts(Array.from({ length: n }, (_, i) => account(`o${pad(i)}`, { role: 'unit_staff', unitId: U1 })));
      await insertAll(
        s,
        Array.from({ length: n }, (_, i) => complaint(`c${pad(i)}`, { createdAt: at(1, i) })),
      );
      for (let i = 0; i < n; i++) await s.putNotification(notification(`n${pad(i)}`));
      await insertDrafts(
        s,
        Array.from({ length: n }, (_, i) => draft(`g${pad(i)}`, { status: 'pending_review', updatedAt: at(1, i) })),
      );
      const reads: Array<[string, (limit: number) => Promise<unknown[]>]> = [
        ['listRegionChildren', (l) => s.listRegionChildren(T, l)],
        ['searchRegions', (l) => s.searchRegions(q('金沙'), l)],
        ['searchCatalog', (l) => s.searchCatalog(q('救助'), C, l)],
        ['listDisclosures', (l) => s.listDisclosures({ regionCodes: [C], limit: l })],
        ['listRunningPublicity', (l) => s.listRunningPublicity([C], '2025-06-01', l)],
        ['searchDisclosures', (l) => s.searchDisclosures(q('救助'), [C], l)],
        ['listDemoAccounts', (l) => s.listDemoAccounts(l)],
        ['listComplaints', (l) => s.listComplaints({ unitId: U1, limit: l })],
        ['listComplaintsByOwner', (l) => s.listComplaintsByOwner(OWNER, l)],
        ['listSweepDue', (l) => s.listSweepDue('2099-01-01T00:00:00.000Z', l)],
        ['listNotifications', (l) => s.listNotifications('o-staff', l)],
        ['listNotifications (all)', (l) => s.listNotifications(undefined, l)],
        ['listDraftsByAuthor', (l) => s.listDraftsByAuthor(AUTHOR, l)],
        ['listDraftsForReview (town)', (l) => s.listDraftsForReview({ countyCode: C, townCode: T, status: 'pending_review', limit: l })],
        ['listDraftsForReview (county)', (l) => s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: l })],
      ];
      for (const [what, read] of reads) {
        assert.equal((await read(1000)).length, 100, what);
        assert.equal((await read(7)).length, 7, what);
        assert.equal((await read(0)).length, 1, what);
      }
      assert.equal((await s.listCatalogItems(C)).length, n);
      assert.equal((await s.listUnitStaff(U1)).length, 100);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, at(1)), n);
    });
  });
}
