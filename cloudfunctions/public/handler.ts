// `public`: the resident's read-only look-up. No login needed; the use cases see only the
// store and the clock, never the caller. Open data and feeds link to the H5 pages at
// PUBLIC_BASE_URL (the function's environment), relative links when it is not set.
import { PUBLIC } from '../../core/api/contracts/public';
import { publicActions } from '../../core/api/public-service';
import { defineActions } from '../shared/dispatch';

const baseUrl = () => (process.env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '');

export const handlePublic = defineActions(PUBLIC, {
  ...publicActions,
  'opendata.disclosures': (ctx, d) => publicActions['opendata.disclosures']({ ...ctx, baseUrl: baseUrl() }, d),
  'opendata.feed': (ctx, d) => publicActions['opendata.feed']({ ...ctx, baseUrl: baseUrl() }, d),
});
