import type { Unit } from '../../core/model';
import type { UnitStore } from '../../core/store';
import { strip, type Plan, type WxContext } from './shared';

export function wxUnits({ read, byId, putAll }: WxContext): UnitStore {
  return {
    async putUnits(units) {
      await putAll('units', units, (u) => u.id);
    },
    getUnit: (id) => byId<Unit>('units', id),
    async listUnits(countyCode) {
      const plan: Plan = { coll: 'units', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, Infinity)).map(strip<Unit>);
    },
  };
}
