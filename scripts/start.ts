// npm start: the demo. Builds the H5 app if it is missing, seeds a database if it has no
// data, and serves the app and /api on http://127.0.0.1:8080 with demo accounts.
// NODE_ENV=production npm start (npm run start:prod): no demo data, no /api/dev/*, secrets
// from the environment (server/config.ts; README, “生产模式”). A bad setting stops it here,
// with a message and exit code 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { needsSeed, seedCalendar, seedDemo } from './seed-lib';
import { openSqliteStore } from '../stores/sqlite/store';
import { startServer } from '../server/app';
import { ConfigError, loadConfig } from '../server/config';

const root = join(__dirname, '..');

async function main() {
  const config = loadConfig(process.env, join(root, '.data', 'gongkai.sqlite'));
  // H5_DIR: a build elsewhere, served as it is (tests point it at an empty folder).
  const h5Dir = process.env.H5_DIR || join(root, 'build', 'h5');
  if (!process.env.H5_DIR && !existsSync(join(h5Dir, 'index.html'))) {
    console.log('首次启动：正在构建 H5 页面（约半分钟）…');
    const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('H5 构建失败');
  }
  if (config.dev && (await needsSeed(config.dbPath))) {
    console.log(`正在写入演示数据到 ${config.dbPath} …`);
    const r = await seedDemo(config.dbPath);
    console.log(
      `已写入 ${r.disclosures} 条公开信息，${r.complaints} 件监督诉求，${r.applications} 件信息公开申请，${r.accounts} 个演示账号`,
    );
  } else {
    // A database made before the calendar was data: write the years chinese-days knows (entered years are kept).
    const store = openSqliteStore(config.dbPath);
    try {
      const n = await seedCalendar(store);
      if (n) console.log(`已写入 ${n} 年的节假日安排（工作日日历）`);
    } finally {
      await store.close();
    }
  }
  const server = await startServer({
    port: config.port,
    host: config.host,
    dbPath: config.dbPath,
    h5Dir,
    dev: config.dev,
    sessionSecret: config.sessionSecret,
    publicBaseUrl: config.publicBaseUrl,
    maxConnections: config.maxConnections,
  });
  if (config.dev) {
    console.log(`基层政务公开（本地云，开发演示模式）已启动：${server.url}`);
    console.log(`演示账号：${server.url}/api/dev/accounts`);
  } else {
    console.log(`基层政务公开（本地云，生产模式）已启动：${server.url}，对外网址 ${config.publicBaseUrl}`);
  }
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err instanceof Error ? err.message : err);
  process.exit(1);
});
