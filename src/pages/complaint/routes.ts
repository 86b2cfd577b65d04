// Addresses of the complaint pages (packages/complaint, preloaded from the lookup pages) and the
// unit queue (packages/unit), in the same query style as src/utils/nav.ts. It stays in the main
// package and carries no styles: the lookup pages import it for their 我要监督 / 我的监督 entries.
import type { ComplaintKind } from '@core/complaints/model';

function qs(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, x]) => x !== undefined && x !== '')
    .map(([k, x]) => `${k}=${encodeURIComponent(x as string)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

export interface NewComplaintParams {
  /** The village (or town, county) code the complaint is about. */
  code: string;
  domain?: string;
  itemId?: string;
  disclosureId?: string;
  kind?: ComplaintKind;
  category?: string;
}

export const complaintRoutes = {
  create: (p: NewComplaintParams) =>
    '/packages/complaint/pages/new/index' +
    qs({ code: p.code, domain: p.domain, itemId: p.itemId, disclosureId: p.disclosureId, kind: p.kind, category: p.category }),
  mine: () => '/packages/complaint/pages/mine/index',
  detail: (id: string) => '/packages/complaint/pages/detail/index' + qs({ id }),
  unitQueue: () => '/packages/unit/pages/queue/index',
  unitDetail: (id: string) => '/packages/unit/pages/detail/index' + qs({ id }),
};
