// The one place a complaint's unit is decided from the store: the county's units and routes
// (the starting routes when it has set none) and routeComplaint. The real submission
// (resident-service) and the county's preview (admin routes.preview) both call this.
import type { Unit } from '../model';
import type { County } from '../regions/county';
import type { Store } from '../store';
import { defaultRoutes, routeComplaint, type RouteInput, type RouteResult } from './routing';

export interface RoutedTo {
  route: RouteResult;
  /** The unit answering (the 政务公开办 when the routed unit is missing), or null if the county has neither. */
  unit: Unit | null;
  units: Unit[];
}

export async function routeFor(store: Store, county: County, input: Omit<RouteInput, 'countyCode'>): Promise<RoutedTo> {
  const units = await store.listUnits(county.code);
  const stored = await store.listRoutes(county.code);
  const routes = stored.length ? stored : defaultRoutes(county.code, units);
  // An item whose 责任单位 is not (or no longer) a unit of the county falls to the routes.
  const itemUnitId = input.itemUnitId && units.some((u) => u.id === input.itemUnitId) ? input.itemUnitId : undefined;
  const route = routeComplaint({ ...input, itemUnitId, countyCode: county.code }, routes, county.openGovUnitId);
  const unit = units.find((u) => u.id === route.unitId) ?? units.find((u) => u.id === county.openGovUnitId) ?? null;
  return { route, unit, units };
}
