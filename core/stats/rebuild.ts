// The back-fill of a county's statistics (issue 11 part 7): counters recomputed from the
// records — every complaint's timeline and every disclosure — with the very functions that
// count live (complaintCounts, keysFor; a publication's stored `late`), then written in place of the county's
// counters. Running it twice gives the same figures; on records made since the counters were
// kept it gives the figures kept live. The same walk re-makes each place's latest-publication
// roll-up (the 公开率 of a village).
//
// What a record made before this version cannot tell exactly is taken from the record as it
// stands: the deadline of a 签收 or 答复 (now stamped on the event) is the complaint's current
// one, and the unit before a 改派 (now stamped too) is the current unit.
import type { Clock, Store } from '../store';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import { recordAudit } from '../audit';
import type { Complaint } from '../complaints/model';
import type { Disclosure } from '../model';
import { loadCalendar } from '../calendar/loader';
import type { WorkCalendar } from '../complaints/workdays';
import { countApplication } from '../applications/stats';
import { complaintCounts, complaintScopes, keysFor, publicationKeys } from './record';
import type { StatsCounter, StatsCounts, StatsKey } from './model';
import { STATS_METRICS } from './model';

const PAGE = 100;

export interface RebuildResult {
  countyCode: string;
  complaints: number;
  disclosures: number;
  applications: number;
  counters: number;
}

class Tally {
  readonly counters = new Map<string, StatsCounter>();
  add(keys: StatsKey[], counts: StatsCounts) {
    for (const k of keys) {
      let c = this.counters.get(k.id);
      if (!c) this.counters.set(k.id, (c = { ...k, counts: {} }));
      for (const m of STATS_METRICS) if (counts[m]) c.counts[m] = (c.counts[m] ?? 0) + counts[m]!;
    }
  }
}

/** The unit a complaint was with at each event of its timeline, walking back over the 改派. */
function unitsAlong(c: Complaint): Array<[string, string]> {
  const out: Array<[string, string]> = new Array(c.timeline.length);
  let current: [string, string] = [c.unitId, c.unitName];
  for (let i = c.timeline.length - 1; i >= 0; i--) {
    out[i] = current;
    const e = c.timeline[i];
    if (e.action === 'transfer' && e.fromUnitId) current = [e.fromUnitId, e.fromUnitName ?? ''];
  }
  return out;
}

/** What the live counting counted for each event of one complaint. */
export function countComplaint(c: Complaint, cal: WorkCalendar, tally: { add(keys: StatsKey[], counts: StatsCounts): void }): void {
  const units = unitsAlong(c);
  const as = (i: number): Complaint => ({ ...c, unitId: units[i]?.[0] ?? c.unitId, unitName: units[i]?.[1] ?? c.unitName });
  tally.add(keysFor(new Date(c.createdAt), c.countyCode, complaintScopes(as(0)), c.domain), { received: 1 });
  for (let i = 1; i < c.timeline.length; i++) {
    const e = c.timeline[i];
    const then: Complaint = { ...as(i), timeline: c.timeline.slice(0, i + 1) };
    if (e.due && e.action === 'accept') then.acceptDeadline = { ...c.acceptDeadline, due: e.due };
    if (e.due && e.action === 'answer') then.answerDeadline = { ...c.answerDeadline, due: e.due };
    const counts = complaintCounts(c, then, cal);
    if (counts) tally.add(keysFor(new Date(e.at), c.countyCode, complaintScopes(then), c.domain), counts);
  }
}

function countPublication(d: Disclosure, tally: Tally): void {
  const at = new Date(d.publishedAt);
  // The approval stored its judgement (core/publicity/timeliness.ts) on the disclosure: late or not.
  const onTime = d.late !== true;
  // recordPublication's keys and counts, kept in the tally instead of the store.
  tally.add(publicationKeys(d, at), { published: 1, publishedOnTime: onTime ? 1 : 0 });
}

export async function rebuildCountyStats(store: Store, countyCode: string): Promise<RebuildResult> {
  const cal = await loadCalendar(store);
  const tally = new Tally();
  let complaints = 0;
  let after: { dueAt: string; id: string } | undefined;
  for (;;) {
    const page = await store.listComplaints({ countyCode, limit: PAGE, after });
    for (const c of page) countComplaint(c, cal, tally);
    complaints += page.length;
    if (page.length < PAGE) break;
    const last = page[page.length - 1];
    after = { dueAt: last.dueAt, id: last.id };
  }

  const latest = new Map<string, Record<string, string>>();
  let disclosures = 0;
  let afterId: string | undefined;
  for (;;) {
    const page = await store.listCountyDisclosures(countyCode, PAGE, afterId);
    for (const d of page) {
      // Withdrawn ones were published: counted, though no longer current.
      if (d.status !== 'published' && d.status !== 'withdrawn') continue;
      if (d.status === 'published') {
        const region = latest.get(d.regionCode) ?? {};
        if (!region[d.itemId] || region[d.itemId] < d.publishedAt) region[d.itemId] = d.publishedAt;
        latest.set(d.regionCode, region);
      }
      countPublication(d, tally);
    }
    disclosures += page.length;
    if (page.length < PAGE) break;
    afterId = page[page.length - 1].id;
  }

  // 依申请公开: counted in the same counters, so rebuilt with them (else the rebuild would erase them).
  let applications = 0;
  let afterApp: { dueAt: string; id: string } | undefined;
  for (;;) {
    const page = await store.listApplications({ countyCode, limit: PAGE, after: afterApp });
    for (const a of page) countApplication(a, (keys, counts) => tally.add(keys, counts));
    applications += page.length;
    if (page.length < PAGE) break;
    const last = page[page.length - 1];
    afterApp = { dueAt: last.dueAt, id: last.id };
  }

  const counters = [...tally.counters.values()].sort((a, b) => a.id.localeCompare(b.id));
  await store.replaceCountyStats(countyCode, counters);
  for (const [regionCode, items] of latest) await store.putLatestByItem(regionCode, items);
  return { countyCode, complaints, disclosures, applications, counters: counters.length };
}

/** admin stats.rebuild: the county admin re-counts the own county from its records (audited). */
export async function rebuildStats(deps: { store: Store; clock: Clock }, caller: Caller): Promise<RebuildResult> {
  const admin = requireCountyAdmin(caller, '重算统计');
  const result = await rebuildCountyStats(deps.store, admin.countyCode);
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'stats.rebuild',
    target: `stats:${admin.countyCode}`,
    before: null,
    after: result,
    countyCode: admin.countyCode,
  });
  return result;
}
