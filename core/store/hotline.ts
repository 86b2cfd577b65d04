import type { HotlineConfig, HotlineDelivery } from '../hotline/model';

/** The 12345 hand-off: one configuration per county, one outbox row per complaint sent. */
export interface HotlineStore {
  getHotlineConfig(countyCode: string): Promise<HotlineConfig | null>;
  putHotlineConfig(cfg: HotlineConfig): Promise<void>;
  /** Stores the row unless one with its id exists: true when stored, false when it was there (the first kept). */
  enqueueHotline(d: HotlineDelivery): Promise<boolean>;
  getHotlineDelivery(id: string): Promise<HotlineDelivery | null>;
  /** The row whose 12345 工单号 this is. */
  findHotlineDeliveryByTicket(hotlineTicket: string): Promise<HotlineDelivery | null>;
  /** Pending rows whose nextAttemptAt has come, earliest first. */
  listHotlineDue(nowIso: string, limit: number): Promise<HotlineDelivery[]>;
  /** Replaces the row only if its stored version is still `expectedVersion`. */
  updateHotlineDelivery(d: HotlineDelivery, expectedVersion: number): Promise<boolean>;
}
