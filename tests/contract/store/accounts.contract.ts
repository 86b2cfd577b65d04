// The Store contract for accounts.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open, C, T, V, O, account, U1, U2 } from './fixtures';

export function accountsContract(open: Open): void {
  const test = caseOn(open);

  describe('accounts', () => {
    test('round trip, upsert, missing is null', async (s) => {
      const cadre = account('o-cadre', { role: 'cadre', regionCodes: [V, O] });
      const staff = account('o-staff', { role: 'unit_staff', unitId: `${C}-zjj`, demo: false });
      await s.putAccounts([cadre, staff]);
      assert.deepStrictEqual(await s.getAccount('o-cadre'), cadre);
      assert.deepStrictEqual(await s.getAccount('o-staff'), staff);
      assert.equal(await s.getAccount('o-nobody'), null);
      const promoted = { ...cadre, role: 'reviewer' as const, regionCodes: [T] };
      await s.putAccounts([promoted]);
      assert.deepStrictEqual(await s.getAccount('o-cadre'), promoted);
    });

    test('listDemoAccounts: demo ones only, by openid', async (s) => {
      await s.putAccounts([
        account('o-c'),
        account('o-real', { demo: false }),
        account('o-a'),
        account('o-b', { role: 'county_admin', regionCodes: [C] }),
      ]);
      assert.deepStrictEqual(
        (await s.listDemoAccounts(10)).map((a) => a.openid),
        ['o-a', 'o-b', 'o-c'],
      );
      assert.deepStrictEqual(await s.listDemoAccounts(1), [account('o-a')]);
      await s.putAccounts([account('o-a', { demo: false })]);
      assert.deepStrictEqual(
        (await s.listDemoAccounts(10)).map((a) => a.openid),
        ['o-b', 'o-c'],
      );
    });

    test('listUnitStaff: accounts bound to the unit, by openid, following changes', async (s) => {
      const s1 = account('o-s1', { role: 'unit_staff', unitId: U1, demo: false });
      const s2 = account('o-s2', { role: 'unit_staff', unitId: U1 });
      const s3 = account('o-s3', { role: 'unit_staff', unitId: U2 });
      await s.putAccounts([s2, account('o-r'), s3, s1, account('o-admin', { role: 'county_admin', regionCodes: [C] })]);
      assert.deepStrictEqual(await s.listUnitStaff(U1), [s1, s2]);
      assert.deepStrictEqual(await s.listUnitStaff(U2), [s3]);
      assert.deepStrictEqual(await s.listUnitStaff(`${C}-none`), []);
      const moved = { ...s1, unitId: U2 };
      await s.putAccounts([moved]);
      assert.deepStrictEqual(await s.listUnitStaff(U1), [s2]);
      assert.deepStrictEqual(await s.listUnitStaff(U2), [moved, s3]);
      const { unitId: _, ...resident } = s2;
      await s.putAccounts([{ ...resident, role: 'resident' }]);
      assert.deepStrictEqual(await s.listUnitStaff(U1), []);
    });
  });
}
