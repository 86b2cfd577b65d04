import type { Account } from '../../core/accounts/account';
import { MAX_READ, type AccountStore } from '../../core/store';
import { cap, strip, type Plan, type WxContext } from './shared';

export function wxAccounts({ read, byId, putAll }: WxContext): AccountStore {
  return {
    async putAccounts(accounts) {
      await putAll('accounts', accounts, (a) => a.openid);
    },
    getAccount: (openid) => byId<Account>('accounts', openid),
    async listDemoAccounts(limit) {
      const plan: Plan = { coll: 'accounts', where: [{ demo: true }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit))).map(strip<Account>);
    },
    async listUnitStaff(unitId) {
      const plan: Plan = { coll: 'accounts', where: [{ unitId }], sort: [['_id', 'asc']] };
      return (await read(plan, MAX_READ)).map(strip<Account>);
    },
  };
}
