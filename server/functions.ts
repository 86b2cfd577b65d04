// The cloud functions the local cloud serves at POST /api/<name>: the same handlers that
// are bundled for WeChat cloud.
import { handlePublic } from '../cloudfunctions/public/handler';
import type { FunctionHandler } from '../cloudfunctions/shared/context';

export const FUNCTIONS: Record<string, FunctionHandler> = {
  public: handlePublic,
};
