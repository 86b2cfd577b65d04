import type { Account } from '../accounts/account';

/** Accounts: who a caller is and what they are bound to (roles come from here, never from a request). */
export interface AccountStore {
  putAccounts(accounts: Account[]): Promise<void>;
  getAccount(openid: string): Promise<Account | null>;
  /** Staff bound to a unit (at most 100), to notify them. */
  listUnitStaff(unitId: string): Promise<Account[]>;
  /** A county's accounts (accountCounty), by openid, at most `limit` after `afterOpenid`. */
  listCountyAccounts(countyCode: string, limit: number, afterOpenid?: string): Promise<Account[]>;
  /** Demo accounts, for the local cloud's account picker only. */
  listDemoAccounts(limit: number): Promise<Account[]>;
}
