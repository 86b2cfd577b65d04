import type Database from 'better-sqlite3';
import { accountCounty, type Account } from '../../core/accounts/account';
import { MAX_READ, type AccountStore } from '../../core/store';
import { cap, parse, parseAll, type Row } from './shared';

export function sqliteAccounts(db: Database.Database): AccountStore {
  const stmt = {
    putAccount: db.prepare(
      `INSERT INTO accounts(openid, demo, unit_id, county_code, doc) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(openid) DO UPDATE SET demo = excluded.demo, unit_id = excluded.unit_id, county_code = excluded.county_code, doc = excluded.doc`,
    ),
    unitStaff: db.prepare('SELECT doc FROM accounts WHERE unit_id = ? ORDER BY openid LIMIT ?'),
    getAccount: db.prepare('SELECT doc FROM accounts WHERE openid = ?'),
    countyAccounts: db.prepare('SELECT doc FROM accounts WHERE county_code = ? AND openid > ? ORDER BY openid LIMIT ?'),
    listDemoAccounts: db.prepare('SELECT doc FROM accounts WHERE demo = 1 ORDER BY openid LIMIT ?'),
  };
  return {
    async putAccounts(accounts) {
      db.transaction(() =>
        accounts.forEach((a) => stmt.putAccount.run(a.openid, a.demo ? 1 : 0, a.unitId ?? null, accountCounty(a), JSON.stringify(a))),
      )();
    },
    async getAccount(openid) {
      return parse<Account>(stmt.getAccount.get(openid) as Row | undefined);
    },
    async listUnitStaff(unitId) {
      return parseAll<Account>(stmt.unitStaff.all(unitId, MAX_READ) as Row[]);
    },
    async listCountyAccounts(countyCode, limit, afterOpenid) {
      return parseAll<Account>(stmt.countyAccounts.all(countyCode, afterOpenid ?? '', cap(limit)) as Row[]);
    },
    async listDemoAccounts(limit) {
      return parseAll<Account>(stmt.listDemoAccounts.all(cap(limit)) as Row[]);
    },
  };
}
