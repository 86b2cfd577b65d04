// The cloud database's collections and the indexes their queries need (scripts/database.ts
// writes database/collections.json from these; tests/contract/indexes.test.ts checks every
// query is served). A new record kind adds its collections and indexes here.
export const COLLECTIONS = [
  'regions',
  'counties',
  'units',
  'catalog_items',
  'disclosures',
  'accounts',
  'routes',
  'complaints',
  'complaint_requests',
  'counters',
  'notifications',
  'drafts',
  'draft_requests',
  'calendar_years',
  'audit',
  'invitations',
  'invitation_codes',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Indexes to create in the cloud console (field:1 asc, field:-1 desc), one per query shape. */
export const INDEXES: Record<CollectionName, string[]> = {
  regions: ['parentCode:1,_id:1', 'level:1', 'tokens:1,codeLen:1,_id:1'],
  counties: [],
  units: ['countyCode:1,_id:1'],
  catalog_items: ['countyCode:1,domain:1,order:1,_id:1', 'tokens:1,countyCode:1,domain:1,order:1,_id:1'],
  disclosures: [
    'regionCode:1,status:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,domain:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,itemId:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,publicityEnd:1,_id:1',
    'tokens:1,status:1,publishedAt:-1,_id:-1',
    'tokens:1,regionCode:1,status:1,publishedAt:-1,_id:-1',
  ],
  accounts: ['demo:1,_id:1', 'unitId:1,_id:1', 'countyCode:1,_id:1'],
  routes: ['countyCode:1,_id:1'],
  complaints: [
    'ownerOpenid:1,requestId:1',
    'unitId:1,dueAt:1,_id:1',
    'unitId:1,status:1,dueAt:1,_id:1',
    'unitId:1,status:1,domain:1,dueAt:1,_id:1',
    'unitId:1,domain:1,dueAt:1,_id:1',
    'countyCode:1,dueAt:1,_id:1',
    'countyCode:1,status:1,dueAt:1,_id:1',
    'countyCode:1,status:1,domain:1,dueAt:1,_id:1',
    'countyCode:1,domain:1,dueAt:1,_id:1',
    'ownerOpenid:1,createdAt:-1,_id:-1',
    'sweepAt:1,_id:1',
    'dueAt:1,_id:1',
  ],
  complaint_requests: [],
  counters: [],
  notifications: ['to:1,createdAt:-1,_id:-1', 'createdAt:-1,_id:-1'],
  drafts: [
    'authorOpenid:1,requestId:1',
    'authorOpenid:1,updatedAt:-1,_id:-1',
    'townCode:1,status:1,updatedAt:1,_id:1',
    'countyCode:1,status:1,updatedAt:1,_id:1',
  ],
  draft_requests: [],
  calendar_years: ['year:1'],
  audit: ['at:-1,_id:-1'],
  invitations: ['code:1', 'countyCode:1,createdAt:-1,_id:-1'],
  invitation_codes: [],
};
