// The contract every Store adapter keeps, one file per record kind (<kind>.contract.ts, as
// core/store/<kind>.ts), plus limits.contract.ts across kinds. Each case opens a fresh,
// empty store. A case that passes on one adapter only is a bug in the other.
// A new record kind adds its <kind>.contract.ts and one line in STORE_CONTRACTS.
import { describe } from '@jest/globals';
import type { Open } from './fixtures';
import { accountsContract } from './accounts.contract';
import { calendarAuditContract } from './calendar.contract';
import { catalogContract } from './catalog.contract';
import { catalogHistoryContract } from './catalog-history.contract';
import { complaintsContract } from './complaints.contract';
import { countiesContract } from './counties.contract';
import { disclosuresContract } from './disclosures.contract';
import { draftsContract } from './drafts.contract';
import { invitationsContract } from './invitations.contract';
import { limitsContract } from './limits.contract';
import { notificationsContract } from './notifications.contract';
import { regionsContract } from './regions.contract';
import { routesContract } from './routes.contract';
import { statsContract } from './stats.contract';
import { unitsContract } from './units.contract';
import { uploadsContract } from './uploads.contract';
import { responsesContract } from './responses.contract';
import { applicationsContract } from './applications.contract';
import { partnersContract } from './partners.contract';
import { hotlineContract } from './hotline.contract';

export { account, complaint, county, disclosure, draft, item, notification, region, route, unit, type Open } from './fixtures';

export const STORE_CONTRACTS: Array<(open: Open) => void> = [
  regionsContract,
  countiesContract,
  unitsContract,
  catalogContract,
  disclosuresContract,
  accountsContract,
  routesContract,
  complaintsContract,
  notificationsContract,
  draftsContract,
  calendarAuditContract,
  invitationsContract,
  limitsContract,
  uploadsContract,
  catalogHistoryContract,
  statsContract,
  responsesContract,
  applicationsContract,
  partnersContract,
  hotlineContract,
];

/** Registers every kind's cases for one adapter; `open` gives a fresh, empty store. */
export function storeContract(name: string, open: Open): void {
  describe(`Store contract: ${name}`, () => {
    for (const contract of STORE_CONTRACTS) contract(open);
  });
}
