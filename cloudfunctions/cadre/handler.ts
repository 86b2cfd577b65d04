// `cadre`: the older name of `publish` for 驻村 cadres: the same drafting handlers, plus villages.mine.
import { CADRE } from '../../core/api/contracts/cadre';
import { myVillages } from '../../core/publicity/cadre-service';
import { complaintDeps as deps, defineActions } from '../shared/dispatch';
import { draftingHandlers } from '../publish/handler';
import { fileForVillager } from '../../core/complaints/proxy-service';

export const handleCadre = defineActions(CADRE, {
  'villages.mine': (ctx) => myVillages(deps(ctx), ctx.caller),
  ...draftingHandlers,
  'complaints.fileFor': (ctx, d) => fileForVillager(deps(ctx), ctx.caller, d),
});
