// npm run bench: prints one `name: value` line per figure. Sizes come from the real
// builds; query figures from a SQLite store loaded with all of Sichuan (34,412 villages,
// about 20 disclosures each), cached in .bench/ after the first run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../stores/sqlite/store';
import { runPublic } from '../core/api/public-service';
import { buildCountyCatalog } from '../core/catalog/build-county';
import type { Disclosure, Region } from '../core/model';
import { sichuanRegions } from './lib/china-division';
import { buildCloud } from './build-cloud';

const root = join(__dirname, '..');
const figures: Array<[string, string | number]> = [];
const print = (name: string, value: string | number) => {
  figures.push([name, value]);
  console.log(`${name}: ${value}`);
};

function dirBytes(dir: string, skip: (rel: string) => boolean = () => false, rel = ''): number {
  let total = 0;
  for (const name of readdirSync(join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (skip(r)) continue;
    const s = statSync(join(dir, r));
    total += s.isDirectory() ? dirBytes(dir, skip, r) : s.size;
  }
  return total;
}

function ensureBuild(type: 'weapp' | 'h5', marker: string) {
  if (existsSync(marker) && !process.argv.includes('--rebuild')) return;
  const r = spawnSync('npx', ['taro', 'build', '--type', type], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${type} build failed`);
}

function p(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function sizes() {
  const dist = join(root, 'dist');
  ensureBuild('weapp', join(dist, 'app.json'));
  const app = JSON.parse(require('node:fs').readFileSync(join(dist, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const isSub = (rel: string) => subRoots.some((r) => rel === r || rel.startsWith(`${r}/`));
  print('weapp_main_package_bytes', dirBytes(dist, (rel) => isSub(rel) || rel.endsWith('.map')));
  print('weapp_total_bytes', dirBytes(dist, (rel) => rel.endsWith('.map')));

  const fns = await buildCloud();
  print('cloud_bundle_bytes_max', Math.max(...fns.map((f) => f.bytes)));
}

async function h5FirstLoad() {
  const h5 = join(root, 'build', 'h5');
  ensureBuild('h5', join(h5, 'index.html'));
  const { startTestCloud } = await import('../tests/helpers/local-cloud');
  const { chromium } = await import('playwright-core');
  const cloud = await startTestCloud({ h5Dir: h5 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (req) => {
      if (req.url().includes('/api/')) return;
      pending.push(req.sizes().then((s) => void (bytes += s.responseBodySize)));
    });
    await page.goto(cloud.url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    print('h5_first_load_gzip_bytes', bytes);
  } finally {
    await browser.close();
    await cloud.close();
  }
}

const WORDS = ['危房', '低保', '补助', '公示', '扶贫', '征地', '招生', '救灾', '资金', '名单', '项目', '学校'];
const TITLES: Record<string, string[]> = {
  land_acquisition: ['征收土地预公告', '征地补偿安置方案公告', '征地调查结果'],
  housing_expropriation: ['房屋征收决定公告', '分户补偿情况公示'],
  affordable_housing: ['保障性住房分配结果公示', '公租房待分配房源'],
  rural_housing_renovation: ['农村危房改造补助对象公示', '危房改造补助资金拨付情况'],
  disaster_relief: ['救灾资金发放情况公示', '受灾群众救助名单'],
  poverty_alleviation: ['扶贫项目实施情况公示', '脱贫人口名单公示', '财政衔接资金使用情况'],
  municipal_services: ['村道维修计划', '生活垃圾清运情况'],
  public_resource_trading: ['村级工程招标公告', '中标结果公示'],
  compulsory_education: ['招生划片范围', '营养改善计划落实情况'],
};

async function loadSichuan(dbPath: string) {
  const t0 = Date.now();
  const store = openSqliteStore(dbPath);
  const regions = sichuanRegions();
  await store.putRegions(regions);
  const counties = regions.filter((r) => r.level === 'county');
  for (const c of counties) {
    const { county, units, items } = buildCountyCatalog({ code: c.code, name: c.name });
    await store.putCounty(county);
    await store.putUnits(units);
    await store.putCatalogItems(items);
  }
  const domains = Object.keys(TITLES);
  let n = 0;
  let batch: Disclosure[] = [];
  const base = Date.parse('2026-11-26T00:00:00Z');
  const add = async (r: Region, count: number) => {
    for (let i = 0; i < count; i++) {
      const domain = domains[(i + r.code.length) % domains.length];
      const titles = TITLES[domain];
      const title = `关于${r.name}${titles[i % titles.length]}（${2026 - (i % 3)}年第${(i % 4) + 1}批）`;
      const publishedAt = new Date(base - ((n * 7919) % (400 * 86400)) * 1000).toISOString();
      batch.push({
        id: `${r.code}-b${i}`,
        itemId: `${r.countyCode}-${domain}-01`,
        countyCode: r.countyCode!,
        regionCode: r.code,
        regionName: r.name,
        level: r.level as Disclosure['level'],
        domain,
        title,
        body: `根据有关规定，现将${r.name}${titles[i % titles.length]}予以公开。${WORDS[n % WORDS.length]}相关情况如有异议，请在公示期内向村委会或乡镇人民政府反映。`,
        attachments: [],
        status: 'published',
        publishedAt,
        unitName: '县政务公开办',
        demo: true,
        ...(i % 5 === 0 ? { publicity: { start: publishedAt.slice(0, 10), end: new Date(Date.parse(publishedAt) + 7 * 86400000).toISOString().slice(0, 10) } } : {}),
      });
      n++;
    }
    if (batch.length >= 5000) {
      await store.putDisclosures(batch);
      batch = [];
    }
  };
  for (const r of regions) {
    if (r.level === 'village') await add(r, 20);
    else if (r.level === 'town') await add(r, 10);
    else if (r.level === 'county') await add(r, 50);
  }
  await store.putDisclosures(batch);
  await store.close();
  console.error(`(bench store: ${regions.length} regions, ${n} disclosures loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

async function queries() {
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'sichuan-v1.sqlite');
  if (!existsSync(dbPath)) await loadSichuan(dbPath);
  const store = openSqliteStore(dbPath);
  const clock = { now: () => new Date('2026-11-26T02:00:00Z') };
  const villages = (store.db.prepare(`SELECT code FROM regions WHERE level = 'village'`).all() as Array<{ code: string }>).map((r) => r.code);
  print('bench_villages', villages.length);
  print('bench_disclosures', (store.db.prepare('SELECT count(*) AS n FROM disclosures').get() as { n: number }).n);
  const domains = Object.keys(TITLES);
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const time = async (runs: number, f: () => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await f(); // warm
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await f();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return ms.sort((a, b) => a - b);
  };
  const deps = { store, clock };
  const list = await time(2000, () =>
    runPublic(deps, 'disclosures.list', { regionCode: villages[rand(villages.length)], domain: domains[rand(domains.length)] }),
  );
  print('list_village_domain_p50_ms', p(list, 0.5).toFixed(3));
  print('list_village_domain_p99_ms', p(list, 0.99).toFixed(3));
  const cat = await time(1000, () =>
    runPublic(deps, 'catalog.list', { regionCode: villages[rand(villages.length)], domain: domains[rand(domains.length)] }),
  );
  print('catalog_list_p99_ms', p(cat, 0.99).toFixed(3));
  const search = await time(500, () =>
    runPublic(deps, 'search', {
      q: WORDS[rand(WORDS.length)],
      ...(rand(2) ? { regionCode: villages[rand(villages.length)] } : {}),
    }),
  );
  print('search_p50_ms', p(search, 0.5).toFixed(3));
  print('search_p99_ms', p(search, 0.99).toFixed(3));
  const regionSearch = await time(500, () => runPublic(deps, 'regions.search', { q: ['新', '青川', '花园', '石桥村'][rand(4)] }));
  print('region_search_p99_ms', p(regionSearch, 0.99).toFixed(3));
  await store.close();
}

async function main() {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  console.log(`# machine: ${require('node:os').cpus()[0]?.model ?? 'unknown'} x${require('node:os').cpus().length}, node ${process.version}`);
  if (!only || only === 'sizes') await sizes();
  if (!only || only === 'h5') await h5FirstLoad();
  if (!only || only === 'queries') await queries();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
