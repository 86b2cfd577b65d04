// npm run sweep [-- --now 2026-12-20T09:00:00+08:00]: what the timer function does,
// once, against the local database. Running it twice changes nothing the second time.
import { join } from 'node:path';
import { openSqliteStore } from '../stores/sqlite/store';
import { sweep } from '../core/complaints/sweep';
import { localPlatform } from '../server/platform';

const dbPath = process.env.DB_PATH ?? join(__dirname, '..', '.data', 'gongkai.sqlite');
const nowArg = process.argv[process.argv.indexOf('--now') + 1];
const now = process.argv.includes('--now') ? new Date(nowArg) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error('时间格式有误，请用 ISO 8601，例如 2026-12-20T09:00:00+08:00');
  process.exit(2);
}
const store = openSqliteStore(dbPath);
sweep({ store, clock: { now: () => now }, ...localPlatform(store, join(dbPath, '..', 'files')) })
  .then((r) => console.log(`催办提醒 ${r.reminded} 件，自动督办 ${r.escalated} 件，自动办结 ${r.closed} 件，冲突跳过 ${r.conflicts} 件`))
  .finally(() => store.close());
