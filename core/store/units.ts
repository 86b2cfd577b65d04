import type { Unit } from '../model';

/** Units (departments, town governments) of a county. */
export interface UnitStore {
  putUnits(units: Unit[]): Promise<void>;
  getUnit(id: string): Promise<Unit | null>;
  listUnits(countyCode: string): Promise<Unit[]>;
}
