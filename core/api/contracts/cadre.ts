// The `cadre` function: the older name of `publish` for 驻村 cadres (the cadre pages and
// deployed clients call it). The same drafting actions and handlers as `publish`, plus
// villages.mine. Use cases: core/publicity/cadre-service.ts.
import { answer } from '../contract';
import { empty } from '../schema-parts';
import { DRAFTING } from './publish';
import { fileForSchema } from './resident';
import type { SubmitAnswer } from '../complaint-views';

export { BODY_MAX, TITLE_MAX, draftSchema, type DraftInput } from './publish';

export const CADRE = {
  'villages.mine': { req: empty, res: answer<{ villages: Array<{ code: string; name: string; path: string[] }> }>() },
  ...DRAFTING,
  /** 代办: file a complaint for a villager of one of my villages (core/complaints/proxy-service.ts). */
  'complaints.fileFor': { req: fileForSchema, res: answer<SubmitAnswer>() },
};
