import { accountCounty, type Account } from '../../core/accounts/account';
import { MAX_READ, type AccountStore } from '../../core/store';
import { cap, strip, type Plan, type WxContext } from './shared';
import type { WxDoc } from './types';

/** Accounts carry their county (accountCounty) as a field of the document only, for listCountyAccounts. */
function toAccount(doc: WxDoc): Account {
  const { countyCode: _county, ...rest } = strip<Account & { countyCode?: string }>(doc);
  return rest;
}

export function wxAccounts({ read, byId, putAll }: WxContext): AccountStore {
  return {
    async putAccounts(accounts) {
      await putAll(
        'accounts',
        accounts,
        (a) => a.openid,
        (a) => ({ countyCode: accountCounty(a) }),
      );
    },
    async getAccount(openid) {
      const doc = await byId<WxDoc>('accounts', openid);
      return doc ? toAccount(doc) : null;
    },
    async listCountyAccounts(countyCode, limit, afterOpenid) {
      const plan: Plan = { coll: 'accounts', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit), afterOpenid ? { _id: afterOpenid } : undefined)).map(toAccount);
    },
    async listDemoAccounts(limit) {
      const plan: Plan = { coll: 'accounts', where: [{ demo: true }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit))).map(toAccount);
    },
    async listUnitStaff(unitId) {
      const plan: Plan = { coll: 'accounts', where: [{ unitId }], sort: [['_id', 'asc']] };
      return (await read(plan, MAX_READ)).map(toAccount);
    },
  };
}
