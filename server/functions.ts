// The cloud functions the local cloud serves at POST /api/<name>: the same handlers that
// are bundled for WeChat cloud.
import { handlePublic } from '../cloudfunctions/public/handler';
import { handleResident } from '../cloudfunctions/resident/handler';
import { handleUnit } from '../cloudfunctions/unit/handler';
import { handleCadre } from '../cloudfunctions/cadre/handler';
import { handlePublish } from '../cloudfunctions/publish/handler';
import { handleReview } from '../cloudfunctions/review/handler';
import { handleAdmin } from '../cloudfunctions/admin/handler';
import { handleAccount } from '../cloudfunctions/account/handler';
import type { FunctionHandler } from '../cloudfunctions/shared/context';

export const FUNCTIONS: Record<string, FunctionHandler> = {
  public: handlePublic,
  resident: handleResident,
  unit: handleUnit,
  publish: handlePublish,
  cadre: handleCadre,
  review: handleReview,
  admin: handleAdmin,
  account: handleAccount,
  // timer is not served: the local cloud runs the sweep with `npm run sweep` or /api/dev/sweep.
};
