import type { Route } from '../complaints/routing';

/** Routes (per county) for complaint routing. */
export interface RouteStore {
  putRoutes(routes: Route[]): Promise<void>;
  listRoutes(countyCode: string): Promise<Route[]>;
  deleteRoute(id: string): Promise<void>;
}
