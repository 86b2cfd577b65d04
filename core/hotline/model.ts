// The 12345 hand-off (HotlineBridge): a county may send its complaints, or only some kinds and
// categories, to the provincial 12345 system as 工单, and take its status callbacks (签收, 答复,
// 办结) back into the complaint's timeline. Configuration, outbox rows and the 工单 sent.
import type { ComplaintCategory, ComplaintKind } from '../complaints/model';

/** A county's bridge. The secret is write-only: no answer ever carries it (see HotlineConfigView). */
export interface HotlineConfig {
  countyCode: string;
  enabled: boolean;
  /** The 12345 system's https URL that takes a 工单 (POST, JSON). */
  endpoint: string;
  /** Shared with the 12345 system: signs what we send and what it calls back (HMAC-SHA256). */
  secret: string;
  /** Which complaints go: empty means every kind (every category). */
  kinds: ComplaintKind[];
  categories: ComplaintCategory[];
  updatedAt: string;
  updatedBy: string;
}

/** What the admin page reads: the secret only as set or not set. */
export type HotlineConfigView = Omit<HotlineConfig, 'secret' | 'updatedBy'> & { secretSet: boolean };

/** The 来源 every 工单 names. */
export const HOTLINE_SOURCE = '基层政务公开小程序';
/** The actor of timeline events that come from 12345 (shown as 12345热线). */
export const HOTLINE_ACTOR = 'hotline-12345';
export const HOTLINE_NAME = '12345热线';

/**
 * The 工单 as sent (JSON). Field names are ours; the README maps each to its 12345 field:
 * ticket 工单编号, kind 诉求类型, category 问题类别, text 诉求内容, region 所属区域, unit 责任单位,
 * deadline 办理时限, source 来源, contact 联系方式 (absent when anonymous).
 */
export interface HotlineOrder {
  ticket: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  text: string;
  region: { code: string; name: string; countyCode: string; countyName: string; townCode?: string };
  unit: { id: string; name: string };
  /** 办理时限: the answer deadline (ISO instant, end of the last allowed day in Shanghai). */
  deadline: string;
  acceptDeadline: string;
  source: typeof HOTLINE_SOURCE;
  filedAt: string;
  anonymous: boolean;
  /** Only when the complainant is not anonymous and left a phone. Never an openid. */
  contact?: { phone: string };
  item?: string;
  disclosure?: string;
  /** How many photos the complaint has (the files stay here; 12345 may ask the unit). */
  photos: number;
}

export type HotlineDeliveryStatus = 'pending' | 'delivered';

/** One outbox row per complaint (its id the complaint's): enqueued once, sent until a 2xx, then never again. */
export interface HotlineDelivery {
  id: string; // the complaint's ticket
  countyCode: string;
  status: HotlineDeliveryStatus;
  order: HotlineOrder;
  attempts: number;
  /** When the next attempt may run (a claim moves it a lease ahead, so a second timer skips it). */
  nextAttemptAt: string;
  lastError?: string;
  /** The 12345 system's own 工单号, from its 2xx answer. */
  hotlineTicket?: string;
  createdAt: string;
  deliveredAt?: string;
  /** Optimistic concurrency: every write names the version it read. */
  version: number;
}

export const HOTLINE_STATUSES = ['签收', '答复', '办结'] as const;
export type HotlineStatus = (typeof HOTLINE_STATUSES)[number];

/** Does this county's bridge send this complaint? */
export function hotlineApplies(cfg: HotlineConfig | null, c: { kind: ComplaintKind; category: ComplaintCategory }): boolean {
  if (!cfg || !cfg.enabled || !cfg.endpoint || !cfg.secret) return false;
  if (cfg.kinds.length && !cfg.kinds.includes(c.kind)) return false;
  if (cfg.categories.length && !cfg.categories.includes(c.category)) return false;
  return true;
}

export function configView(cfg: HotlineConfig | null, countyCode: string): HotlineConfigView {
  if (!cfg) return { countyCode, enabled: false, endpoint: '', kinds: [], categories: [], updatedAt: '', secretSet: false };
  const { secret, updatedBy: _by, ...rest } = cfg;
  return { ...rest, secretSet: secret.length > 0 };
}
