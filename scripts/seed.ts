// npm run seed: (re)loads the demo data into DB_PATH (default .data/gongkai.sqlite).
import { seedDemo } from './seed-lib';

const dbPath = process.env.DB_PATH ?? '.data/gongkai.sqlite';
const t0 = Date.now();
seedDemo(dbPath).then(
  (r) =>
    console.log(
      `演示数据已写入 ${dbPath}：${r.disclosures} 条公开信息，${r.complaints} 件监督诉求，${r.applications} 件信息公开申请，${r.accounts} 个演示账号（${Date.now() - t0} ms）`,
    ),
  (err) => {
    console.error('写入演示数据失败：', err);
    process.exit(1);
  },
);
