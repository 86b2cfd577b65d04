// Who may fetch an uploaded file from the local cloud (GET /api/files/<id>): the person who
// uploaded it, and whoever may see a complaint that lists it (as a photo or an answer
// attachment) under the same rules as core/complaints: the complainant; staff of the unit it
// is routed to, unless it is still held for the county's check; the county's 政务公开办.
// Everyone else, logged in or not, is told it does not exist.
//
// The lookup reads the SQLite adapter's `complaints` table (owner, unit_id, county_code,
// status and the JSON doc), scoped by one of its indexes. The Store port has no "complaints
// listing this file" query because only the local cloud serves files itself.
import type Database from 'better-sqlite3';
import type { Account } from '../core/accounts/account';

const LISTS_FILE = `(EXISTS (SELECT 1 FROM json_each(doc, '$.photos') WHERE value = @file)
  OR EXISTS (SELECT 1 FROM json_each(doc, '$.answer.attachments') WHERE value = @file))`;

export function fileAccess(db: Database.Database, uploadedBy: (fileId: string, openid: string) => boolean) {
  const byOwner = db.prepare(`SELECT 1 FROM complaints WHERE owner = @who AND ${LISTS_FILE} LIMIT 1`);
  const byUnit = db.prepare(`SELECT 1 FROM complaints WHERE unit_id = @who AND status != 'held' AND ${LISTS_FILE} LIMIT 1`);
  const byCounty = db.prepare(`SELECT 1 FROM complaints WHERE county_code = @who AND ${LISTS_FILE} LIMIT 1`);

  return {
    /** True when this caller may see the file. */
    maySee(caller: { openid: string | null; account: Account | null }, fileId: string): boolean {
      const { openid, account } = caller;
      if (!openid) return false;
      if (uploadedBy(fileId, openid)) return true;
      if (byOwner.get({ who: openid, file: fileId })) return true;
      if (account?.role === 'unit_staff' && account.unitId && byUnit.get({ who: account.unitId, file: fileId })) return true;
      const county = account?.role === 'county_admin' ? account.regionCodes[0] : undefined;
      return Boolean(county && county.length === 6 && byCounty.get({ who: county, file: fileId }));
    },
  };
}
