// The Store port on the WeChat cloud database (wx-server-sdk `cloud.database()`), production.
// Each record is stored whole as one document whose _id is its natural key, plus the few
// internal fields its queries filter or sort on (search tokens, denormalized keys). Every read
// is an ordered, limited (<= 100) get with keyset paging; every write is one doc().set(),
// except where the database itself must decide: add (refuses a duplicate _id), a conditional
// where().update(), an atomic doc().update() with _.inc, and transactions of single-document
// operations.
// This file composes the record kinds, one file each (./regions.ts, ./complaints.ts, ...), on
// the shared context of ./shared.ts; collections and indexes are in ./collections.ts.
import type { Store } from '../../core/store';
import { wxAccounts } from './accounts';
import { wxAudit } from './audit';
import { wxCalendar } from './calendar';
import { wxCatalog } from './catalog';
import { wxCatalogHistory } from './catalog-history';
import { wxComplaints } from './complaints';
import { wxCounties } from './counties';
import { wxDisclosures } from './disclosures';
import { wxDrafts } from './drafts';
import { wxInvitations } from './invitations';
import { wxNotifications } from './notifications';
import { wxRegions } from './regions';
import { wxRoutes } from './routes';
import { wxStats } from './stats';
import { wxUnits } from './units';
import { wxUploads } from './uploads';
import { wxResponses } from './responses';
import { wxApplications } from './applications';
import { wxPartners } from './partners';
import { wxHotline } from './hotline';
import { wxContext } from './shared';
import type { WxDatabase } from './types';

export { COLLECTIONS, INDEXES, type CollectionName } from './collections';

export interface WxCloudStore extends Store {
  /** Database requests made so far (reads and writes), for benchmarks. */
  readonly calls: number;
}

export function openWxCloudStore(db: WxDatabase): WxCloudStore {
  const ctx = wxContext(db);
  return {
    get calls() {
      return ctx.calls;
    },
    ...wxRegions(ctx),
    ...wxCounties(ctx),
    ...wxUnits(ctx),
    ...wxCatalog(ctx),
    ...wxCatalogHistory(ctx),
    ...wxDisclosures(ctx),
    ...wxAccounts(ctx),
    ...wxRoutes(ctx),
    ...wxComplaints(ctx),
    ...wxNotifications(ctx),
    ...wxDrafts(ctx),
    ...wxCalendar(ctx),
    ...wxAudit(ctx),
    ...wxUploads(ctx),
    ...wxInvitations(ctx),
    ...wxStats(ctx),
    ...wxResponses(ctx),
    ...wxApplications(ctx),
    ...wxPartners(ctx),
    ...wxHotline(ctx),
    async close() {},
  };
}
