// npm run stats:rebuild -- <county code>: recomputes a county's statistics counters from its
// complaints and disclosures (core/stats/rebuild.ts) against the local database — the
// back-fill for records made before the counters were kept. Running it twice gives the same
// figures. Run it while the county is quiet: increments made during the rebuild may be lost.
import { join } from 'node:path';
import { openSqliteStore } from '../stores/sqlite/store';
import { rebuildCountyStats } from '../core/stats/rebuild';

const county = process.argv[2] ?? '';
if (!/^\d{6}$/.test(county)) {
  console.error('请给出县（区）代码（6位数字），例如：npm run stats:rebuild -- 510118');
  process.exit(2);
}
const dbPath = process.env.DB_PATH ?? join(__dirname, '..', '.data', 'gongkai.sqlite');
const store = openSqliteStore(dbPath);
rebuildCountyStats(store, county)
  .then((r) =>
    console.log(
      `${r.countyCode}：按 ${r.complaints} 件诉求、${r.disclosures} 条公开信息、${r.applications} 件信息公开申请重算统计，共 ${r.counters} 个计数`,
    ),
  )
  .catch((e) => {
    console.error('重算失败：', e);
    process.exitCode = 1;
  })
  .finally(() => store.close());
