import type { County } from '../../core/regions/county';
import type { CountyStore } from '../../core/store';
import type { WxContext } from './shared';

export function wxCounties({ byId, putAll }: WxContext): CountyStore {
  return {
    async putCounty(county) {
      await putAll('counties', [county], (c) => c.code);
    },
    getCounty: (code) => byId<County>('counties', code),
  };
}
