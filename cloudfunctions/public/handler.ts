// `public`: the resident's read-only look-up. No login needed; the use cases see only the
// store and the clock, never the caller.
import { PUBLIC } from '../../core/api/contracts/public';
import { publicActions } from '../../core/api/public-service';
import { defineActions } from '../shared/dispatch';

export const handlePublic = defineActions(PUBLIC, publicActions);
