// The Store port on SQLite (better-sqlite3): the embedded default for the local cloud and
// tests. Only what a document database can also do: keyed reads, indexed filters with
// IN/range, ordered limited reads, counts per field, and a token index for search.
// This file opens and migrates the database and composes the record kinds, one file each
// (./regions.ts, ./complaints.ts, ...; helpers in ./shared.ts, tables in ./schema.ts).
import Database from 'better-sqlite3';
import type { Store } from '../../core/store';
import { MIGRATIONS } from './schema';
import { sqliteAccounts } from './accounts';
import { sqliteAudit } from './audit';
import { sqliteCalendar } from './calendar';
import { sqliteCatalog } from './catalog';
import { sqliteCatalogHistory } from './catalog-history';
import { sqliteComplaints } from './complaints';
import { sqliteCounties } from './counties';
import { sqliteDisclosures } from './disclosures';
import { sqliteDrafts } from './drafts';
import { sqliteInvitations } from './invitations';
import { sqliteNotifications } from './notifications';
import { sqliteRegions } from './regions';
import { sqliteRoutes } from './routes';
import { sqliteStats } from './stats';
import { sqliteUnits } from './units';
import { sqliteUploads } from './uploads';
import { sqliteResponses } from './responses';
import { sqliteApplications } from './applications';
import { sqlitePartners } from './partners';
import { sqliteHotline } from './hotline';

export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export interface SqliteStore extends Store {
  readonly db: Database.Database;
}

export function openSqliteStore(path: string): SqliteStore {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  return {
    db,
    ...sqliteRegions(db),
    ...sqliteCounties(db),
    ...sqliteUnits(db),
    ...sqliteCatalog(db),
    ...sqliteCatalogHistory(db),
    ...sqliteDisclosures(db),
    ...sqliteAccounts(db),
    ...sqliteRoutes(db),
    ...sqliteComplaints(db),
    ...sqliteNotifications(db),
    ...sqliteDrafts(db),
    ...sqliteCalendar(db),
    ...sqliteAudit(db),
    ...sqliteUploads(db),
    ...sqliteInvitations(db),
    ...sqliteStats(db),
    ...sqliteResponses(db),
    ...sqliteApplications(db),
    ...sqlitePartners(db),
    ...sqliteHotline(db),
    async close() {
      db.close();
    },
  };
}
