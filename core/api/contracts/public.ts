// The `public` function: the resident's read-only look-up, no login. Use cases: core/api/public-service.ts.
import * as v from 'valibot';
import type { CatalogItem, Region, Unit } from '../../model';
import { answer } from '../contract';
import type { CatalogEntry, CountyView, DisclosureSummary, DisclosureView } from '../public-views';
import { cursor, domain, id, query, regionCode } from '../schema-parts';
import type { ResponseView } from '../../responses/model';

const code = regionCode();

export const PUBLIC = {
  'regions.get': { req: v.object({ code }), res: answer<{ region: Region; county: CountyView | null }>() },
  'regions.children': { req: v.object({ code, cursor }), res: answer<{ region: Region; items: Region[]; next: string | null }>() },
  'regions.search': { req: v.object({ q: query }), res: answer<{ items: Region[] }>() },
  'catalog.list': {
    req: v.object({ regionCode: code, domain: v.optional(domain) }),
    res: answer<{ county: CountyView; region: { code: string }; entries: CatalogEntry[] }>(),
  },
  'catalog.get': { req: v.object({ id }), res: answer<{ item: CatalogItem; unit: Unit | null }>() },
  'disclosures.list': {
    req: v.object({ regionCode: code, domain: v.optional(domain), cursor }),
    res: answer<{ items: DisclosureSummary[]; next: string | null }>(),
  },
  'disclosures.summary': {
    req: v.object({ regionCode: code }),
    res: answer<{ counts: Record<string, number>; running: DisclosureSummary[] }>(),
  },
  'disclosures.get': { req: v.object({ id }), res: answer<DisclosureView>() },
  /** 群众关切与回应: public Q&A and unit responses of a place (its own, its town's, its county's) or an item, newest first. */
  'responses.list': {
    req: v.object({ regionCode: v.optional(code), itemId: v.optional(id), cursor }),
    res: answer<{ items: ResponseView[]; next: string | null }>(),
  },
  search: {
    req: v.object({ q: query, regionCode: v.optional(code) }),
    res: answer<{ items: CatalogItem[]; disclosures: DisclosureSummary[] }>(),
  },
};
