// The `cadre` function: the older name of `publish` for 驻村 cadres (the cadre pages and
// deployed clients call it). The same drafting actions and handlers as `publish`, plus
// villages.mine. Use cases: core/publicity/cadre-service.ts.
import { answer } from '../contract';
import { empty } from '../schema-parts';
import { DRAFTING } from './publish';

export { BODY_MAX, TITLE_MAX, draftSchema, type DraftInput } from './publish';

export const CADRE = {
  'villages.mine': { req: empty, res: answer<{ villages: Array<{ code: string; name: string; path: string[] }> }>() },
  ...DRAFTING,
};
