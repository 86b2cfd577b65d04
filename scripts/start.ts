// npm start: builds the H5 app if it is missing, seeds a database if it has no data, and
// serves the app and /api on http://127.0.0.1:8080 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { needsSeed, seedCalendar, seedDemo } from './seed-lib';
import { openSqliteStore } from '../stores/sqlite/store';
import { startServer } from '../server/app';

const root = join(__dirname, '..');
const h5Dir = join(root, 'build', 'h5');
const dbPath = process.env.DB_PATH ?? join(root, '.data', 'gongkai.sqlite');
const port = Number(process.env.PORT ?? 8080);

async function main() {
  if (!existsSync(join(h5Dir, 'index.html'))) {
    console.log('首次启动：正在构建 H5 页面（约半分钟）…');
    const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('H5 构建失败');
  }
  if (await needsSeed(dbPath)) {
    console.log(`正在写入演示数据到 ${dbPath} …`);
    const r = await seedDemo(dbPath);
    console.log(`已写入 ${r.disclosures} 条公开信息，${r.complaints} 件监督诉求，${r.accounts} 个演示账号`);
  } else {
    // A database made before the calendar was data: write the years chinese-days knows (entered years are kept).
    const store = openSqliteStore(dbPath);
    try {
      const n = await seedCalendar(store);
      if (n) console.log(`已写入 ${n} 年的节假日安排（工作日日历）`);
    } finally {
      await store.close();
    }
  }
  const server = await startServer({ port, host: process.env.HOST ?? '127.0.0.1', dbPath, h5Dir, dev: true });
  console.log(`基层政务公开（本地云）已启动：${server.url}`);
  console.log(`演示账号：${server.url}/api/dev/accounts`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
