// The Store contract for invitations, accounts by county and route removal (issue 11).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Invitation } from '../../../core/accounts/invitation';
import { caseOn, type Open, C, T, V, O, account, route, U2 } from './fixtures';

export function invitation(id: string, extra: Partial<Invitation> = {}): Invitation {
  return {
    id,
    code: `CODE${id.slice(-4).toUpperCase().padStart(4, '2')}`,
    countyCode: C,
    role: 'cadre',
    regionCodes: [V],
    name: '张三',
    bindingName: '某村',
    createdBy: 'o-admin',
    createdByName: '管理员',
    createdAt: '2026-11-26T02:00:00.000Z',
    expiresAt: '2026-12-03T02:00:00.000Z',
    status: 'open',
    version: 1,
    ...extra,
  };
}

export function invitationsContract(open: Open): void {
  const test = caseOn(open);

  describe('invitations', () => {
    test('insert once per id and per code, read by id and code, missing is null', async (s) => {
      const a = invitation('inv-a001');
      assert.equal(await s.insertInvitation(a), true);
      assert.equal(await s.insertInvitation({ ...a, code: 'OTHER222' }), false, 'same id');
      assert.equal(await s.insertInvitation(invitation('inv-b002', { code: a.code })), false, 'same code');
      assert.deepStrictEqual(await s.getInvitation(a.id), a);
      assert.deepStrictEqual(await s.getInvitationByCode(a.code), a);
      assert.equal(await s.getInvitation('inv-none'), null);
      assert.equal(await s.getInvitationByCode('ZZZZZZZZ'), null);
    });

    test('update only from the version read: one accept wins', async (s) => {
      const a = invitation('inv-a001');
      await s.insertInvitation(a);
      const accepted: Invitation = { ...a, status: 'accepted', acceptedBy: 'o-1', acceptedAt: a.createdAt, version: 2 };
      assert.equal(await s.updateInvitation(accepted, 1), true);
      assert.equal(await s.updateInvitation({ ...a, status: 'accepted', acceptedBy: 'o-2', version: 2 }, 1), false);
      assert.deepStrictEqual(await s.getInvitation(a.id), accepted);
    });

    test('list per county, newest first, keyset', async (s) => {
      const list = Array.from({ length: 5 }, (_, i) => invitation(`inv-x00${i}`, { createdAt: `2026-11-2${i}T00:00:00.000Z` }));
      for (const inv of list) await s.insertInvitation(inv);
      await s.insertInvitation(invitation('inv-o999', { countyCode: '510403' }));
      const ids = (xs: Invitation[]) => xs.map((x) => x.id);
      assert.deepStrictEqual(ids(await s.listInvitations(C, 3)), ['inv-x004', 'inv-x003', 'inv-x002']);
      assert.deepStrictEqual(ids(await s.listInvitations(C, 3, { createdAt: list[2].createdAt, id: list[2].id })), [
        'inv-x001',
        'inv-x000',
      ]);
      assert.deepStrictEqual(ids(await s.listInvitations('510403', 10)), ['inv-o999']);
    });

    test('accounts of a county by openid, keyset; a county comes from the region or the unit', async (s) => {
      await s.putAccounts([
        account('o-c', { role: 'cadre', regionCodes: [V, O] }),
        account('o-a', { role: 'county_admin', regionCodes: [C] }),
        account('o-b', { role: 'unit_staff', regionCodes: [], unitId: U2 }),
        account('o-r', { role: 'reviewer', regionCodes: [T] }),
        account('o-x', { role: 'reviewer', regionCodes: ['510403001'] }),
      ]);
      const ids = (xs: Array<{ openid: string }>) => xs.map((x) => x.openid);
      assert.deepStrictEqual(ids(await s.listCountyAccounts(C, 10)), ['o-a', 'o-b', 'o-c', 'o-r']);
      assert.deepStrictEqual(ids(await s.listCountyAccounts(C, 2, 'o-b')), ['o-c', 'o-r']);
      assert.deepStrictEqual(await s.getAccount('o-b'), account('o-b', { role: 'unit_staff', regionCodes: [], unitId: U2 }));
      // Moving to another county moves the account.
      await s.putAccounts([account('o-c', { role: 'cadre', regionCodes: ['510403001001'] })]);
      assert.deepStrictEqual(ids(await s.listCountyAccounts(C, 10)), ['o-a', 'o-b', 'o-r']);
    });

    test('deleteRoute removes one route; a missing one is nothing', async (s) => {
      await s.putRoutes([route('r1'), route('r2')]);
      await s.deleteRoute('r1');
      await s.deleteRoute('r-none');
      assert.deepStrictEqual(
        (await s.listRoutes(C)).map((r) => r.id),
        ['r2'],
      );
    });
  });
}
