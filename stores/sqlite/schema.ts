// Schema migrations, applied in order and recorded in PRAGMA user_version. Each table
// keeps the whole document as JSON plus the few columns its queries filter or sort on,
// each query served by an index (the cloud database must be given the same indexes).
// FTS tables index core/search/tokens output as it is: accents kept, as the cloud does.
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    parent_code TEXT,
    level TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX regions_by_parent ON regions(parent_code, code);
  CREATE INDEX regions_by_level ON regions(level);
  CREATE VIRTUAL TABLE regions_fts USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');

  CREATE TABLE counties (code TEXT PRIMARY KEY, doc TEXT NOT NULL);

  CREATE TABLE units (
    id TEXT PRIMARY KEY,
    county_code TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX units_by_county ON units(county_code, id);

  CREATE TABLE catalog_items (
    id TEXT PRIMARY KEY,
    county_code TEXT NOT NULL,
    domain TEXT NOT NULL,
    sort INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX catalog_by_county_domain ON catalog_items(county_code, domain, sort, id);
  CREATE VIRTUAL TABLE catalog_fts USING fts5(tokens, scope, tokenize = 'unicode61 remove_diacritics 0');

  CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    region_code TEXT NOT NULL,
    domain TEXT NOT NULL,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL,
    published_at TEXT NOT NULL,
    publicity_end TEXT,
    doc TEXT NOT NULL
  );
  CREATE INDEX disclosures_by_region ON disclosures(region_code, status, published_at, id);
  CREATE INDEX disclosures_by_region_domain ON disclosures(region_code, status, domain, published_at, id);
  CREATE INDEX disclosures_by_region_item ON disclosures(region_code, status, item_id, published_at, id);
  CREATE INDEX disclosures_by_publicity ON disclosures(region_code, status, publicity_end, id);
  CREATE VIRTUAL TABLE disclosures_fts USING fts5(tokens, scope, tokenize = 'unicode61 remove_diacritics 0');

  CREATE TABLE accounts (
    openid TEXT PRIMARY KEY,
    demo INTEGER NOT NULL,
    unit_id TEXT,
    doc TEXT NOT NULL
  );
  CREATE INDEX accounts_by_demo ON accounts(demo, openid);
  CREATE INDEX accounts_by_unit ON accounts(unit_id, openid) WHERE unit_id IS NOT NULL;
  `,
  `
  CREATE TABLE routes (id TEXT PRIMARY KEY, county_code TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX routes_by_county ON routes(county_code, id);

  CREATE TABLE complaints (
    id TEXT PRIMARY KEY,
    request_key TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    county_code TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    status TEXT NOT NULL,
    domain TEXT,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sweep_at TEXT,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX complaints_by_unit ON complaints(unit_id, due_at, id);
  CREATE INDEX complaints_by_unit_status ON complaints(unit_id, status, due_at, id);
  CREATE INDEX complaints_by_county ON complaints(county_code, due_at, id);
  CREATE INDEX complaints_by_county_status ON complaints(county_code, status, due_at, id);
  CREATE INDEX complaints_by_owner ON complaints(owner, created_at, id);
  CREATE INDEX complaints_by_sweep ON complaints(sweep_at, id) WHERE sweep_at IS NOT NULL;

  CREATE TABLE counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL);

  CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    created_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX notifications_by_recipient ON notifications(recipient, created_at, id);
  CREATE INDEX notifications_by_time ON notifications(created_at, id);

  CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    request_key TEXT NOT NULL UNIQUE,
    author TEXT NOT NULL,
    county_code TEXT NOT NULL,
    town_code TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX drafts_by_author ON drafts(author, updated_at, id);
  CREATE INDEX drafts_by_town ON drafts(town_code, status, updated_at, id);
  CREATE INDEX drafts_by_county ON drafts(county_code, status, updated_at, id);
  `,
  // 3: the working-day calendar (one record per year), the audit record, and complaints of
  // every county by deadline (what a changed holiday arrangement may move).
  `
  CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, doc TEXT NOT NULL);

  CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX audit_by_time ON audit(at, id);

  CREATE INDEX complaints_by_due ON complaints(due_at, id);
  `,
  // 4: upload folders (random ids, each recorded with the caller it was given to).
  `
  CREATE TABLE upload_folders (id TEXT PRIMARY KEY, owner TEXT NOT NULL, created_at TEXT NOT NULL);
  `,
  // 5: invitations; accounts by county (people.list); the routes a county starts with marked
  // as defaults (a catalog item's 责任单位 beats them, an explicit route beats the item's).
  `
  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    county_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX invitations_by_county ON invitations(county_code, created_at, id);

  ALTER TABLE accounts ADD COLUMN county_code TEXT NOT NULL DEFAULT '';
  UPDATE accounts SET county_code = substr(coalesce(json_extract(doc, '$.regionCodes[0]'), unit_id, ''), 1, 6);
  CREATE INDEX accounts_by_county ON accounts(county_code, openid);

  UPDATE routes SET doc = json_set(doc, '$.origin', 'default')
   WHERE id = county_code || '-domain-' || json_extract(doc, '$.domain') OR id = county_code || '-category-privacy';
  `,
  // 6: catalog history: one entry per item version (add, update, retire).
  `
  CREATE TABLE catalog_history (id TEXT PRIMARY KEY, item_id TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX catalog_history_by_item ON catalog_history(item_id, version);
  `,
  // 7: statistics counters: one row per counter (kind:scope:period) and metric.
  `
  CREATE TABLE stats (
    id TEXT NOT NULL,
    metric TEXT NOT NULL,
    county_code TEXT NOT NULL,
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    scope_id TEXT NOT NULL,
    name TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (id, metric)
  );
  CREATE INDEX stats_by_county_period ON stats(county_code, period, kind, id);
  `,
  // 8: 回应关切 (public Q&A and unit responses), newest first by region or by item.
  `
  CREATE TABLE responses (
    id TEXT PRIMARY KEY,
    region_code TEXT NOT NULL,
    item_id TEXT,
    at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX responses_by_region ON responses(region_code, at, id);
  CREATE INDEX responses_by_item ON responses(item_id, at, id);
  `,
  // 9: 依申请公开 (applications for government information): idempotent on (owner, request),
  // a unit's or county's by deadline, an owner's newest first.
  `
  CREATE TABLE IF NOT EXISTS applications (
    id TEXT PRIMARY KEY,
    request_key TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    county_code TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    status TEXT NOT NULL,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS applications_by_unit ON applications(unit_id, due_at, id);
  CREATE INDEX IF NOT EXISTS applications_by_county ON applications(county_code, due_at, id);
  CREATE INDEX IF NOT EXISTS applications_by_owner ON applications(owner, created_at, id);
  `,
  // 10: Open311 partner systems (API keys hashed) and the requests they filed.
  `
  CREATE TABLE IF NOT EXISTS partners (
    id TEXT PRIMARY KEY,
    county_code TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS partners_by_county ON partners(county_code, created_at, id);
  CREATE TABLE IF NOT EXISTS partner_requests (
    complaint_id TEXT PRIMARY KEY,
    county_code TEXT NOT NULL,
    service_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS partner_requests_by_county ON partner_requests(county_code, created_at, complaint_id);
  CREATE INDEX IF NOT EXISTS partner_requests_by_service ON partner_requests(county_code, service_code, created_at, complaint_id);
  `,
  // 11: subscribe-message consents, one row per person and
  // template (accepts add up, each message sent takes one); unread complaints of an owner.
  `
  CREATE TABLE subscriptions (
    openid TEXT NOT NULL,
    template TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    last_answer TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (openid, template)
  );
  CREATE INDEX complaints_unread_by_owner ON complaints(owner, created_at, id) WHERE json_extract(doc, '$.ownerUnread') = 1;
  `,
  // 12: 回应关切 by answering unit (its staff's page of what it answered in public).
  `
  ALTER TABLE responses ADD COLUMN unit_id TEXT NOT NULL DEFAULT '';
  UPDATE responses SET unit_id = coalesce(json_extract(doc, '$.unitId'), '');
  CREATE INDEX responses_by_unit ON responses(unit_id, at, id);
  `,
  // 13: the audit record by county (each county admin reads only its own), and the latest
  // publication per (region, item), kept as disclosures are written, for a place's 公开率.
  `
  ALTER TABLE audit ADD COLUMN county_code TEXT NOT NULL DEFAULT '';
  UPDATE audit SET county_code = coalesce(json_extract(doc, '$.countyCode'), '');
  CREATE INDEX audit_by_county ON audit(county_code, at, id);

  CREATE TABLE item_latest (
    region_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (region_code, item_id)
  );
  INSERT INTO item_latest(region_code, item_id, published_at)
    SELECT region_code, item_id, MAX(published_at) FROM disclosures WHERE status = 'published' GROUP BY region_code, item_id;
  `,
  // 14: the 12345 hand-off: a county's bridge configuration, and the outbox of 工单 (one row per
  // complaint; pending ones by next attempt; found by the 12345 工单号 on a callback).
  `
  CREATE TABLE IF NOT EXISTS hotline_configs (county_code TEXT PRIMARY KEY, doc TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS hotline_outbox (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    hotline_ticket TEXT,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS hotline_outbox_due ON hotline_outbox(status, next_attempt_at, id);
  CREATE INDEX IF NOT EXISTS hotline_outbox_by_ticket ON hotline_outbox(hotline_ticket);
  `,
  // 15: open applications of every county by deadline, for recounting them when a holiday
  // arrangement changes.
  `
  CREATE INDEX IF NOT EXISTS applications_by_due ON applications(due_at, id);
  `,
];
