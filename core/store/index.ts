// The Store port. Shaped for a document database (the WeChat cloud database) so that
// every adapter can keep the same promises: no joins, at most 100 rows per read,
// single-document writes (bulk puts are loops of those), keyset pagination only.
//
// One interface per record kind, one file each in this folder: regions, counties, units,
// catalog, disclosures (with objections), accounts, routes, complaints (with counters),
// notifications, drafts, calendar (years of 节假日安排), audit, upload folders, invitations, responses (回应关切), applications (依申请公开), partners (Open311), hotline (the 12345 hand-off). A new kind is a new <kind>.ts here plus one
// line in `Store` below; each adapter implements it in stores/<adapter>/<kind>.ts and the
// contract in tests/contract/store/<kind>.contract.ts.
import type { AccountStore } from './accounts';
import type { AuditStore } from './audit';
import type { CalendarStore } from './calendar';
import type { CatalogStore } from './catalog';
import type { CatalogHistoryStore } from './catalog-history';
import type { ComplaintStore } from './complaints';
import type { CountyStore } from './counties';
import type { DisclosureStore } from './disclosures';
import type { DraftStore } from './drafts';
import type { InvitationStore } from './invitations';
import type { NotificationStore } from './notifications';
import type { RegionStore } from './regions';
import type { RouteStore } from './routes';
import type { UnitStore } from './units';
import type { UploadFolderStore } from './uploads';
import type { StatsStore } from './stats';
import type { ResponseStore } from './responses';
import type { ApplicationStore } from './applications';
import type { PartnerStore } from './partners';
import type { HotlineStore } from './hotline';

export type { AccountStore } from './accounts';
export type { AuditStore } from './audit';
export type { CalendarStore } from './calendar';
export type { CatalogStore } from './catalog';
export type { CatalogHistoryStore } from './catalog-history';
export { CatalogVersionTaken } from './catalog-history';
export type { ComplaintQuery, ComplaintStore, DailyLimit } from './complaints';
export { DailyLimitError } from './complaints';
export type { CountyStore } from './counties';
export type { DisclosureQuery, DisclosureStore } from './disclosures';
export type { DraftStore } from './drafts';
export type { InvitationStore } from './invitations';
export type { ConsentAnswer, NotificationStore, SubscriptionConsent } from './notifications';
export { MAX_KEPT_CONSENTS } from './notifications';
export type { RegionStore } from './regions';
export type { RouteStore } from './routes';
export type { UnitStore } from './units';
export type { UploadFolder, UploadFolderStore } from './uploads';
export type { StatsStore } from './stats';
export type { ResponseQuery, ResponseStore } from './responses';
export type { ApplicationQuery, ApplicationStore } from './applications';
export type { PartnerRequestQuery, PartnerStore } from './partners';
export type { HotlineStore } from './hotline';

export const MAX_READ = 100;

export interface Store
  extends
    RegionStore,
    CountyStore,
    UnitStore,
    CatalogStore,
    CatalogHistoryStore,
    DisclosureStore,
    AccountStore,
    RouteStore,
    ComplaintStore,
    NotificationStore,
    DraftStore,
    CalendarStore,
    AuditStore,
    UploadFolderStore,
    InvitationStore,
    StatsStore,
    ResponseStore,
    ApplicationStore,
    PartnerStore,
    HotlineStore {
  close(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
