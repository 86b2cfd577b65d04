// A county's records at volume, written straight through the Store (no services): complaints
// with their 签收 / 答复 / 评价 events spread over 2026 and the county's units and villages,
// and published disclosures of its items. For the statistics bench (scripts/bench.ts) and the
// read-count test of the cloud adapter; the counters are then made by the rebuild.
import type { Store } from '../../core/store';
import type { Complaint, TimelineEvent } from '../../core/complaints/model';
import type { Disclosure } from '../../core/model';
import type { TestCounty } from './world';

const DAY = 86_400_000;
const YEAR_START = Date.parse('2026-01-05T02:00:00Z');

function complaintAt(county: TestCounty, i: number): Complaint {
  const village = county.villages[i % county.villages.length];
  const unit = county.units[i % county.units.length];
  const created = new Date(YEAR_START + ((i * 7919) % 330) * DAY + (i % 480) * 60_000);
  const iso = (days: number) => new Date(created.getTime() + days * DAY).toISOString();
  const acceptDue = iso(1);
  const answerDue = iso(15);
  const timeline: TimelineEvent[] = [{ at: created.toISOString(), action: 'submit', actor: `o-${i % 997}`, role: 'resident' }];
  const stage = i % 5; // 0 submitted, 1 accepted, 2 answered, 3 rated, 4 rated and reopened
  const staff = { actor: 'o-staff', role: 'unit_staff' as const, unitId: unit.id, unitName: unit.name };
  if (stage >= 1) timeline.push({ at: iso(i % 3 ? 0.5 : 2), action: 'accept', due: acceptDue, ...staff });
  if (stage >= 2) timeline.push({ at: iso(i % 4 ? 9 : 20), action: 'answer', due: answerDue, ...staff });
  if (stage >= 3) timeline.push({ at: iso(22), action: 'rate', actor: `o-${i % 997}`, role: 'resident' });
  if (stage >= 4) timeline.push({ at: iso(23), action: 'reopen', actor: `o-${i % 997}`, role: 'resident' });
  const status = (['submitted', 'accepted', 'answered', 'closed', 'in_progress'] as const)[stage];
  return {
    id: `${county.code}-v${i}`,
    requestId: `vol-${i}`,
    ownerOpenid: `o-${i % 997}`,
    countyCode: county.code,
    regionCode: village.code,
    regionName: village.name,
    townCode: village.parentCode!,
    // Every other one in a domain (the 领域 figures), the rest without one, as a complaint may be.
    ...(i % 2 ? { domain: county.items[i % county.items.length].domain } : {}),
    kind: '投诉举报',
    category: '公开不及时',
    text: '名单没有按时公示',
    photos: [],
    anonymous: false,
    unitId: unit.id,
    unitName: unit.name,
    routeReason: '按领域匹配',
    status,
    version: timeline.length,
    acceptDeadline: { due: acceptDue, days: 1, dayKind: 'working' },
    answerDeadline: { due: answerDue, days: 15, dayKind: 'working' },
    extended: false,
    reopened: stage === 4,
    escalations: 0,
    ...(stage >= 3 ? { rating: { score: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, at: iso(22) } } : {}),
    createdAt: created.toISOString(),
    updatedAt: timeline[timeline.length - 1].at,
    dueAt: stage === 0 ? acceptDue : answerDue,
    sweepAt: null,
    swept: [],
    timeline,
  };
}

function disclosureAt(county: TestCounty, i: number): Disclosure {
  const item = county.items[i % county.items.length];
  const places = [county, ...county.towns, ...county.villages];
  const place = places[i % places.length];
  const level = place.code.length === 6 ? 'county' : place.code.length === 9 ? 'town' : 'village';
  return {
    id: `${county.code}-d${String(i).padStart(6, '0')}`,
    itemId: item.id,
    itemVersion: 1,
    countyCode: county.code,
    regionCode: place.code,
    regionName: place.name,
    level,
    domain: item.domain,
    title: `${item.level2}（第${i}期）`,
    body: '详见公示栏。',
    attachments: [],
    status: 'published',
    publishedAt: new Date(YEAR_START + ((i * 6151) % 330) * DAY).toISOString(),
    unitName: item.unitName,
    publisherUnitId: item.unitId,
    demo: false,
  };
}

/** Writes `complaints` complaints and `disclosures` disclosures of the county, in batches of 100. */
export async function fillCounty(store: Store, county: TestCounty, n: { complaints: number; disclosures: number }): Promise<void> {
  for (let i = 0; i < n.complaints; i += 100) {
    const batch = Array.from({ length: Math.min(100, n.complaints - i) }, (_, k) => complaintAt(county, i + k));
    await Promise.all(batch.map((c) => store.insertComplaint(c)));
  }
  for (let i = 0; i < n.disclosures; i += 100) {
    await store.putDisclosures(Array.from({ length: Math.min(100, n.disclosures - i) }, (_, k) => disclosureAt(county, i + k)));
  }
}
