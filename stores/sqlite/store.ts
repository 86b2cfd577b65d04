// The Store port on SQLite (better-sqlite3): the embedded default for the local cloud and
// tests. Only what a document database can also do: keyed reads, indexed filters with
// IN/range, ordered limited reads, counts per field, and a token index for search.
import Database from 'better-sqlite3';
import type { CatalogItem, Disclosure, Region, Unit } from '../../core/model';
import type { Account } from '../../core/accounts/account';
import type { County } from '../../core/regions/county';
import type { Complaint, Notification } from '../../core/complaints/model';
import type { Route } from '../../core/complaints/routing';
import type { Draft } from '../../core/publicity/model';
import type { CalendarYear } from '../../core/calendar/calendar';
import type { AuditEntry } from '../../core/audit';
import { MAX_READ, type ComplaintQuery, type DisclosureQuery, type Store } from '../../core/store';
import { indexTokens, type TokenQuery } from '../../core/search/tokens';
import { MIGRATIONS } from './schema';

type Row = { doc: string };
const parse = <T>(row: Row | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null);
const parseAll = <T>(rows: Row[]): T[] => rows.map((r) => JSON.parse(r.doc) as T);

function cap(limit: number): number {
  return Math.max(1, Math.min(MAX_READ, Math.floor(limit)));
}

/** FTS5 expression for a token query; tokens are letters and digits only, so quoting is safe. */
function matchExpr(q: TokenQuery, column = 'tokens'): string | null {
  const parts = q.all.map((t) => `"${t}"`);
  if (q.prefix) parts.push(`"${q.prefix}"*`);
  if (parts.length === 0) return null;
  return `${column} : (${parts.join(' AND ')})`;
}

function scopeExpr(codes: string[]): string {
  return `scope : (${codes.map((c) => `"r${c}"`).join(' OR ')})`;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

/** Idempotency key of a submission: the same client request from the same person. */
function requestKey(owner: string, requestId: string): string {
  return `${owner}\u0000${requestId}`;
}

function draftColumns(d: Draft) {
  return [
    d.id,
    requestKey(d.authorOpenid, d.requestId),
    d.authorOpenid,
    d.countyCode,
    d.townCode,
    d.status,
    d.updatedAt,
    d.version,
    JSON.stringify(d),
  ] as const;
}

function complaintColumns(c: Complaint) {
  return [
    c.id,
    requestKey(c.ownerOpenid, c.requestId),
    c.ownerOpenid,
    c.countyCode,
    c.unitId,
    c.status,
    c.domain ?? null,
    c.dueAt,
    c.createdAt,
    c.sweepAt,
    c.version,
    JSON.stringify(c),
  ] as const;
}

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

  const upsertRegion = db.prepare(
    `INSERT INTO regions(code, parent_code, level, doc) VALUES (?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteRegionFts = db.prepare('DELETE FROM regions_fts WHERE rowid = ?');
  const insertRegionFts = db.prepare('INSERT INTO regions_fts(rowid, tokens) VALUES (?, ?)');

  const upsertItem = db.prepare(
    `INSERT INTO catalog_items(id, county_code, domain, sort, doc) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, domain = excluded.domain, sort = excluded.sort, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteItemFts = db.prepare('DELETE FROM catalog_fts WHERE rowid = ?');
  const insertItemFts = db.prepare('INSERT INTO catalog_fts(rowid, tokens, scope) VALUES (?, ?, ?)');

  const upsertDisclosure = db.prepare(
    `INSERT INTO disclosures(id, region_code, domain, item_id, status, published_at, publicity_end, doc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET region_code = excluded.region_code, domain = excluded.domain,
       item_id = excluded.item_id, status = excluded.status, published_at = excluded.published_at,
       publicity_end = excluded.publicity_end, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteDisclosureFts = db.prepare('DELETE FROM disclosures_fts WHERE rowid = ?');
  const insertDisclosureFts = db.prepare('INSERT INTO disclosures_fts(rowid, tokens, scope) VALUES (?, ?, ?)');

  const stmt = {
    getRegion: db.prepare('SELECT doc FROM regions WHERE code = ?'),
    children: db.prepare('SELECT doc FROM regions WHERE parent_code = ? AND code > ? ORDER BY code LIMIT ?'),
    searchRegions: db.prepare(
      // Counties before towns before villages, so 新津 finds 新津区 first however many villages match.
      `SELECT r.doc FROM regions_fts f JOIN regions r ON r.rowid = f.rowid WHERE regions_fts MATCH ?
       ORDER BY length(r.code), r.code LIMIT ?`,
    ),
    countRegions: db.prepare('SELECT count(*) AS n FROM regions WHERE level = ?'),
    putCounty: db.prepare('INSERT INTO counties(code, doc) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET doc = excluded.doc'),
    getCounty: db.prepare('SELECT doc FROM counties WHERE code = ?'),
    putUnit: db.prepare(
      `INSERT INTO units(id, county_code, doc) VALUES (?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, doc = excluded.doc`,
    ),
    getUnit: db.prepare('SELECT doc FROM units WHERE id = ?'),
    listUnits: db.prepare('SELECT doc FROM units WHERE county_code = ? AND id > ? ORDER BY id LIMIT ?'),
    getItem: db.prepare('SELECT doc FROM catalog_items WHERE id = ?'),
    listItems: db.prepare(
      `SELECT doc, domain, sort, id FROM catalog_items WHERE county_code = ?
       AND (domain > ? OR (domain = ? AND (sort > ? OR (sort = ? AND id > ?))))
       ORDER BY domain, sort, id LIMIT ?`,
    ),
    listItemsOfDomain: db.prepare(
      `SELECT doc, sort, id FROM catalog_items WHERE county_code = ? AND domain = ?
       AND (sort > ? OR (sort = ? AND id > ?)) ORDER BY sort, id LIMIT ?`,
    ),
    getDisclosure: db.prepare('SELECT doc FROM disclosures WHERE id = ?'),
    putAccount: db.prepare(
      `INSERT INTO accounts(openid, demo, unit_id, doc) VALUES (?, ?, ?, ?)
       ON CONFLICT(openid) DO UPDATE SET demo = excluded.demo, unit_id = excluded.unit_id, doc = excluded.doc`,
    ),
    unitStaff: db.prepare('SELECT doc FROM accounts WHERE unit_id = ? ORDER BY openid LIMIT ?'),
    getAccount: db.prepare('SELECT doc FROM accounts WHERE openid = ?'),
    listDemoAccounts: db.prepare('SELECT doc FROM accounts WHERE demo = 1 ORDER BY openid LIMIT ?'),
    putRoute: db.prepare(
      'INSERT INTO routes(id, county_code, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, doc = excluded.doc',
    ),
    listRoutes: db.prepare('SELECT doc FROM routes WHERE county_code = ? AND id > ? ORDER BY id LIMIT ?'),
    complaintByRequest: db.prepare('SELECT doc FROM complaints WHERE request_key = ?'),
    insertComplaint: db.prepare(
      `INSERT INTO complaints(id, request_key, owner, county_code, unit_id, status, domain, due_at, created_at, sweep_at, version, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_key) DO NOTHING`,
    ),
    getComplaint: db.prepare('SELECT doc FROM complaints WHERE id = ?'),
    updateComplaint: db.prepare(
      `UPDATE complaints SET unit_id = ?, status = ?, domain = ?, due_at = ?, sweep_at = ?, version = ?, doc = ?
       WHERE id = ? AND version = ?`,
    ),
    owner: db.prepare('SELECT doc FROM complaints WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    ownerAfter: db.prepare(
      `SELECT doc FROM complaints WHERE owner = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    ownerSince: db.prepare('SELECT count(*) AS n FROM complaints WHERE owner = ? AND created_at >= ?'),
    sweepDue: db.prepare('SELECT doc FROM complaints WHERE sweep_at IS NOT NULL AND sweep_at <= ? ORDER BY sweep_at, id LIMIT ?'),
    nextSequence: db.prepare(
      `INSERT INTO counters(key, value) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET value = value + 1 RETURNING value`,
    ),
    putNotification: db.prepare('INSERT INTO notifications(id, recipient, created_at, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    notificationsTo: db.prepare('SELECT doc FROM notifications WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    notifications: db.prepare('SELECT doc FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?'),
    insertDraft: db.prepare(
      `INSERT INTO drafts(id, request_key, author, county_code, town_code, status, updated_at, version, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_key) DO NOTHING`,
    ),
    draftByRequest: db.prepare('SELECT doc FROM drafts WHERE request_key = ?'),
    getDraft: db.prepare('SELECT doc FROM drafts WHERE id = ?'),
    updateDraft: db.prepare('UPDATE drafts SET status = ?, updated_at = ?, version = ?, doc = ? WHERE id = ? AND version = ?'),
    draftsByAuthor: db.prepare(
      `SELECT doc FROM drafts WHERE author = ? AND (updated_at < ? OR (updated_at = ? AND id < ?))
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    draftsByTown: db.prepare(
      `SELECT doc FROM drafts WHERE town_code = ? AND status = ? AND (updated_at > ? OR (updated_at = ? AND id > ?))
       ORDER BY updated_at, id LIMIT ?`,
    ),
    draftsByCounty: db.prepare(
      `SELECT doc FROM drafts WHERE county_code = ? AND status = ? AND (updated_at > ? OR (updated_at = ? AND id > ?))
       ORDER BY updated_at, id LIMIT ?`,
    ),
    byDue: db.prepare(
      `SELECT doc FROM complaints WHERE due_at >= ? AND due_at < ? AND (due_at > ? OR (due_at = ? AND id > ?))
       ORDER BY due_at, id LIMIT ?`,
    ),
    getYear: db.prepare('SELECT doc FROM calendar_years WHERE year = ?'),
    listYears: db.prepare('SELECT doc FROM calendar_years ORDER BY year LIMIT ?'),
    putYear: db.prepare('INSERT INTO calendar_years(year, doc) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET doc = excluded.doc'),
    appendAudit: db.prepare('INSERT INTO audit(id, at, doc) VALUES (?, ?, ?)'),
    audit: db.prepare('SELECT doc FROM audit WHERE (at < ? OR (at = ? AND id < ?)) ORDER BY at DESC, id DESC LIMIT ?'),
    addObjection: db.prepare(
      `UPDATE disclosures SET doc = json_set(doc, '$.objections', coalesce(json_extract(doc, '$.objections'), 0) + 1) WHERE id = ?`,
    ),
  };

  const putRegionsTx = db.transaction((regions: Region[]) => {
    for (const r of regions) {
      const { rowid } = upsertRegion.get(r.code, r.parentCode, r.level, JSON.stringify(r)) as { rowid: number };
      deleteRegionFts.run(rowid);
      insertRegionFts.run(rowid, indexTokens(r.name).join(' '));
    }
  });

  const putItemsTx = db.transaction((items: CatalogItem[]) => {
    for (const item of items) {
      const { rowid } = upsertItem.get(item.id, item.countyCode, item.domain, item.order, JSON.stringify(item)) as {
        rowid: number;
      };
      deleteItemFts.run(rowid);
      const tokens = indexTokens(item.level1, item.level2, item.summary, item.contents.join(' '), item.unitName);
      insertItemFts.run(rowid, tokens.join(' '), `r${item.countyCode}`);
    }
  });

  const putDisclosuresTx = db.transaction((list: Disclosure[]) => {
    for (const d of list) {
      const { rowid } = upsertDisclosure.get(
        d.id,
        d.regionCode,
        d.domain,
        d.itemId,
        d.status,
        d.publishedAt,
        d.publicity?.end ?? null,
        JSON.stringify(d),
      ) as { rowid: number };
      deleteDisclosureFts.run(rowid);
      // Only published text is searchable; drafts must not leak through search.
      if (d.status === 'published') {
        insertDisclosureFts.run(rowid, indexTokens(d.title, d.body, d.regionName).join(' '), `r${d.regionCode}`);
      }
    }
  });

  const store: SqliteStore = {
    db,
    async putRegions(regions) {
      putRegionsTx(regions);
    },
    async getRegion(code) {
      return parse<Region>(stmt.getRegion.get(code) as Row | undefined);
    },
    async listRegionChildren(parentCode, limit, after = '') {
      return parseAll<Region>(stmt.children.all(parentCode, after, cap(limit)) as Row[]);
    },
    async searchRegions(q, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      return parseAll<Region>(stmt.searchRegions.all(expr, cap(limit)) as Row[]);
    },
    async countRegions(level) {
      return (stmt.countRegions.get(level) as { n: number }).n;
    },
    async putCounty(county) {
      stmt.putCounty.run(county.code, JSON.stringify(county));
    },
    async getCounty(code) {
      return parse<County>(stmt.getCounty.get(code) as Row | undefined);
    },
    async putUnits(units) {
      db.transaction(() => units.forEach((u) => stmt.putUnit.run(u.id, u.countyCode, JSON.stringify(u))))();
    },
    async getUnit(id) {
      return parse<Unit>(stmt.getUnit.get(id) as Row | undefined);
    },
    async listUnits(countyCode) {
      // Pages of MAX_READ, as the cloud adapter must read them.
      const out: Unit[] = [];
      let after = '';
      for (;;) {
        const page = parseAll<Unit>(stmt.listUnits.all(countyCode, after, MAX_READ) as Row[]);
        out.push(...page);
        if (page.length < MAX_READ) return out;
        after = page[page.length - 1].id;
      }
    },
    async putCatalogItems(items) {
      putItemsTx(items);
    },
    async getCatalogItem(id) {
      return parse<CatalogItem>(stmt.getItem.get(id) as Row | undefined);
    },
    async listCatalogItems(countyCode, domain) {
      const out: CatalogItem[] = [];
      if (domain) {
        let after = { sort: -1, id: '' };
        for (;;) {
          const rows = stmt.listItemsOfDomain.all(countyCode, domain, after.sort, after.sort, after.id, MAX_READ) as Array<
            Row & { sort: number; id: string }
          >;
          out.push(...parseAll<CatalogItem>(rows));
          if (rows.length < MAX_READ) return out;
          after = rows[rows.length - 1];
        }
      }
      let cursor = { domain: '', sort: -1, id: '' };
      for (;;) {
        const rows = stmt.listItems.all(countyCode, cursor.domain, cursor.domain, cursor.sort, cursor.sort, cursor.id, MAX_READ) as Array<
          Row & { domain: string; sort: number; id: string }
        >;
        out.push(...parseAll<CatalogItem>(rows));
        if (rows.length < MAX_READ) return out;
        const last = rows[rows.length - 1];
        cursor = { domain: last.domain, sort: last.sort, id: last.id };
      }
    },
    async searchCatalog(q, countyCode, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      const full = countyCode ? `${expr} AND ${scopeExpr([countyCode])}` : expr;
      const rows = db
        .prepare(
          `SELECT c.doc FROM catalog_fts f JOIN catalog_items c ON c.rowid = f.rowid WHERE catalog_fts MATCH ?
           ORDER BY c.county_code, c.domain, c.sort, c.id LIMIT ?`,
        )
        .all(full, cap(limit)) as Row[];
      return parseAll<CatalogItem>(rows);
    },
    async putDisclosures(list) {
      putDisclosuresTx(list);
    },
    async getDisclosure(id) {
      return parse<Disclosure>(stmt.getDisclosure.get(id) as Row | undefined);
    },
    async listDisclosures(q: DisclosureQuery) {
      const where = [`region_code IN (${placeholders(q.regionCodes.length)})`, `status = 'published'`];
      const args: unknown[] = [...q.regionCodes];
      if (q.domain) {
        where.push('domain = ?');
        args.push(q.domain);
      }
      if (q.itemId) {
        where.push('item_id = ?');
        args.push(q.itemId);
      }
      if (q.after) {
        where.push('(published_at < ? OR (published_at = ? AND id < ?))');
        args.push(q.after.publishedAt, q.after.publishedAt, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM disclosures WHERE ${where.join(' AND ')} ORDER BY published_at DESC, id DESC LIMIT ?`;
      return parseAll<Disclosure>(db.prepare(sql).all(...args) as Row[]);
    },
    async countDisclosuresByDomain(regionCodes) {
      const rows = db
        .prepare(
          `SELECT domain, count(*) AS n FROM disclosures
           WHERE region_code IN (${placeholders(regionCodes.length)}) AND status = 'published' GROUP BY domain`,
        )
        .all(...regionCodes) as Array<{ domain: string; n: number }>;
      return Object.fromEntries(rows.map((r) => [r.domain, r.n]));
    },
    async listRunningPublicity(regionCodes, today, limit) {
      const rows = db
        .prepare(
          `SELECT doc FROM disclosures
           WHERE region_code IN (${placeholders(regionCodes.length)}) AND status = 'published' AND publicity_end >= ?
           ORDER BY publicity_end, id LIMIT ?`,
        )
        .all(...regionCodes, today, cap(limit)) as Row[];
      return parseAll<Disclosure>(rows);
    },
    async searchDisclosures(q, regionCodes, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      const full = regionCodes?.length ? `${expr} AND ${scopeExpr(regionCodes)}` : expr;
      // Past the limit, the most recently stored hits win: FTS5 walks rowids backwards
      // cheaply, while sorting every hit by date would read them all.
      const rows = db
        .prepare(
          `SELECT doc FROM disclosures WHERE rowid IN
           (SELECT rowid FROM disclosures_fts WHERE disclosures_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
           ORDER BY published_at DESC, id DESC`,
        )
        .all(full, cap(limit)) as Row[];
      return parseAll<Disclosure>(rows);
    },
    async putAccounts(accounts) {
      db.transaction(() => accounts.forEach((a) => stmt.putAccount.run(a.openid, a.demo ? 1 : 0, a.unitId ?? null, JSON.stringify(a))))();
    },
    async getAccount(openid) {
      return parse<Account>(stmt.getAccount.get(openid) as Row | undefined);
    },
    async listUnitStaff(unitId) {
      return parseAll<Account>(stmt.unitStaff.all(unitId, MAX_READ) as Row[]);
    },
    async listDemoAccounts(limit) {
      return parseAll<Account>(stmt.listDemoAccounts.all(cap(limit)) as Row[]);
    },
    async putRoutes(routes) {
      db.transaction(() => routes.forEach((r) => stmt.putRoute.run(r.id, r.countyCode, JSON.stringify(r))))();
    },
    async listRoutes(countyCode) {
      const out: Route[] = [];
      let after = '';
      for (;;) {
        const page = parseAll<Route>(stmt.listRoutes.all(countyCode, after, MAX_READ) as Row[]);
        out.push(...page);
        if (page.length < MAX_READ) return out;
        after = page[page.length - 1].id;
      }
    },
    async findComplaintByRequest(owner, requestId) {
      return parse<Complaint>(stmt.complaintByRequest.get(requestKey(owner, requestId)) as Row | undefined);
    },
    async insertComplaint(c) {
      const r = stmt.insertComplaint.run(...complaintColumns(c));
      if (r.changes === 1) return { complaint: c, created: true };
      const existing = await store.findComplaintByRequest(c.ownerOpenid, c.requestId);
      if (!existing) throw new Error(`complaint ${c.id} collides with another ticket`);
      return { complaint: existing, created: false };
    },
    async getComplaint(id) {
      return parse<Complaint>(stmt.getComplaint.get(id) as Row | undefined);
    },
    async updateComplaint(c, expectedVersion) {
      const [id, , , , unit, status, domain, due, , sweep, version, doc] = complaintColumns(c);
      return stmt.updateComplaint.run(unit, status, domain, due, sweep, version, doc, id, expectedVersion).changes === 1;
    },
    async listComplaints(q: ComplaintQuery) {
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.unitId) {
        where.push('unit_id = ?');
        args.push(q.unitId);
      } else if (q.countyCode) {
        where.push('county_code = ?');
        args.push(q.countyCode);
      } else throw new Error('listComplaints needs a unit or a county');
      if (q.statuses?.length) {
        where.push(`status IN (${placeholders(q.statuses.length)})`);
        args.push(...q.statuses);
      }
      if (q.domain) {
        where.push('domain = ?');
        args.push(q.domain);
      }
      if (q.after) {
        where.push('(due_at > ? OR (due_at = ? AND id > ?))');
        args.push(q.after.dueAt, q.after.dueAt, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM complaints WHERE ${where.join(' AND ')} ORDER BY due_at, id LIMIT ?`;
      return parseAll<Complaint>(db.prepare(sql).all(...args) as Row[]);
    },
    async listComplaintsByOwner(owner, limit, after) {
      const rows = after
        ? stmt.ownerAfter.all(owner, after.createdAt, after.createdAt, after.id, cap(limit))
        : stmt.owner.all(owner, cap(limit));
      return parseAll<Complaint>(rows as Row[]);
    },
    async countComplaintsByOwnerSince(owner, since) {
      return (stmt.ownerSince.get(owner, since) as { n: number }).n;
    },
    async listComplaintsByDue(q) {
      const a = q.after ?? { dueAt: '', id: '' };
      return parseAll<Complaint>(stmt.byDue.all(q.from, q.to, a.dueAt, a.dueAt, a.id, cap(q.limit)) as Row[]);
    },
    async listSweepDue(now, limit) {
      return parseAll<Complaint>(stmt.sweepDue.all(now, cap(limit)) as Row[]);
    },
    async nextSequence(key) {
      return (stmt.nextSequence.get(key) as { value: number }).value;
    },
    async putNotification(n) {
      return stmt.putNotification.run(n.id, n.to, n.createdAt, JSON.stringify(n)).changes === 1;
    },
    async listNotifications(to, limit) {
      const rows = to ? stmt.notificationsTo.all(to, cap(limit)) : stmt.notifications.all(cap(limit));
      return parseAll<Notification>(rows as Row[]);
    },
    async insertDraft(d) {
      if (stmt.insertDraft.run(...draftColumns(d)).changes === 1) return { draft: d, created: true };
      const existing = parse<Draft>(stmt.draftByRequest.get(requestKey(d.authorOpenid, d.requestId)) as Row | undefined);
      if (!existing) throw new Error(`draft ${d.id} collides with another draft`);
      return { draft: existing, created: false };
    },
    async getDraft(id) {
      return parse<Draft>(stmt.getDraft.get(id) as Row | undefined);
    },
    async updateDraft(d, expectedVersion) {
      return stmt.updateDraft.run(d.status, d.updatedAt, d.version, JSON.stringify(d), d.id, expectedVersion).changes === 1;
    },
    async listDraftsByAuthor(author, limit, after) {
      const a = after ?? { updatedAt: '\uffff', id: '' };
      return parseAll<Draft>(stmt.draftsByAuthor.all(author, a.updatedAt, a.updatedAt, a.id, cap(limit)) as Row[]);
    },
    async listDraftsForReview(q) {
      const a = q.after ?? { updatedAt: '', id: '' };
      const rows = q.townCode
        ? stmt.draftsByTown.all(q.townCode, q.status, a.updatedAt, a.updatedAt, a.id, cap(q.limit))
        : stmt.draftsByCounty.all(q.countyCode, q.status, a.updatedAt, a.updatedAt, a.id, cap(q.limit));
      return parseAll<Draft>(rows as Row[]);
    },
    async addObjection(disclosureId) {
      stmt.addObjection.run(disclosureId);
    },
    async getCalendarYear(year) {
      return parse<CalendarYear>(stmt.getYear.get(year) as Row | undefined);
    },
    async listCalendarYears() {
      return parseAll<CalendarYear>(stmt.listYears.all(MAX_READ) as Row[]);
    },
    async putCalendarYear(y) {
      stmt.putYear.run(y.year, JSON.stringify(y));
    },
    async appendAudit(e) {
      stmt.appendAudit.run(e.id, e.at, JSON.stringify(e));
    },
    async listAudit(limit, after) {
      const a = after ?? { at: '\uffff', id: '' };
      return parseAll<AuditEntry>(stmt.audit.all(a.at, a.at, a.id, cap(limit)) as Row[]);
    },
    async close() {
      db.close();
    },
  };
  return store;
}
