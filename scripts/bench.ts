// npm run bench: prints one `name: value` line per figure. Sizes come from the real
// builds; query figures from a SQLite store loaded with all of Sichuan (34,412 villages,
// about 20 disclosures each), cached in .bench/ after the first run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../stores/sqlite/store';
import { MIGRATIONS } from '../stores/sqlite/schema';
import { runAction } from '../core/api/contract';
import type { ActionName, Req } from '../core/api/contracts';
import { PUBLIC } from '../core/api/contracts/public';
import { publicActions, type PublicDeps } from '../core/api/public-service';
import { buildCountyCatalog } from '../core/catalog/build-county';
import type { Disclosure, Region } from '../core/model';
import { sichuanRegions } from './lib/china-division';
import { buildCloud } from './build-cloud';

const root = join(__dirname, '..');
/** The zone the bench started in: importing a cloud entry sets TZ=Asia/Shanghai in this process, and jest must not inherit that. */
const STARTING_TZ = process.env.TZ;

/** One `public` action as the function runs it (validated), without the envelope. */
const runPublic = <A extends ActionName<'public'>>(deps: PublicDeps, action: A, data: Req<'public', A>) =>
  runAction(PUBLIC, publicActions, deps, action, data);
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
  print(
    'weapp_main_package_bytes',
    dirBytes(dist, (rel) => isSub(rel) || rel.endsWith('.map')),
  );
  // What the preloadRule fetches in the background on home, village, item and disclosure pages.
  print(
    'weapp_complaint_package_bytes',
    dirBytes(join(dist, 'packages', 'complaint'), (rel) => rel.endsWith('.map')),
  );
  print(
    'weapp_total_bytes',
    dirBytes(dist, (rel) => rel.endsWith('.map')),
  );

  const fns = await buildCloud();
  print('cloud_bundle_bytes_max', Math.max(...fns.map((f) => f.bytes)));
  await adminSizes(dist);
}

/** Minified bytes of an entry bundled alone (esbuild, browser, ESM): a library's or module's share of a page. */
async function bundledBytes(contents: string): Promise<number> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    alias: { '@core': join(root, 'core') },
  });
  return out.outputFiles.reduce((n, f) => n + f.contents.length, 0);
}

/** The admin subpackage (统计, 月报 and the staff pages) and what its trend chart costs, beside @antv/f2's parts for the same chart. */
async function adminSizes(dist: string) {
  const admin = join(dist, 'packages', 'admin');
  print(
    'admin_subpackage_bytes',
    dirBytes(admin, (rel) => rel.endsWith('.map')),
  );
  const chart = await bundledBytes(
    `export { drawTrend } from './src/packages/admin/charts/draw-trend'; export { trendGeometry, trendSummary } from './src/packages/admin/charts/trend-geometry';`,
  );
  print('admin_chart_bytes', chart);
  print('admin_chart_share_pct', Math.round((chart / dirBytes(admin, (rel) => rel.endsWith('.map'))) * 1000) / 10);
  // Not shipped: what F2 5 would add for bars + lines + axes (measured in a weapp build too: +455 KB).
  print('f2_alternative_bytes', await bundledBytes(`export { Axis, Canvas, Chart, Interval, Line, jsx } from '@antv/f2';`));
}

async function h5FirstLoad() {
  const h5 = join(root, 'build', 'h5');
  ensureBuild('h5', join(h5, 'index.html'));
  const { startTestCloud } = await import('../tests/helpers/local-cloud');
  const { launchBrowser } = await import('../tests/e2e/chromium');
  const cloud = await startTestCloud({ h5Dir: h5 });
  const browser = await launchBrowser();
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
        ...(i % 5 === 0
          ? {
              publicity: {
                start: publishedAt.slice(0, 10),
                end: new Date(Date.parse(publishedAt) + 7 * 86400000).toISOString().slice(0, 10),
              },
            }
          : {}),
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
  // The cache is keyed by the schema, so a new migration never meets an old file.
  const schema = require('node:crypto').createHash('sha256').update(MIGRATIONS.join('\n')).digest('hex').slice(0, 8);
  const dbPath = join(dir, `sichuan-${schema}.sqlite`);
  if (!existsSync(dbPath)) await loadSichuan(dbPath);
  const store = openSqliteStore(dbPath);
  const clock = { now: () => new Date('2026-11-26T02:00:00Z') };
  const villages = (store.db.prepare(`SELECT code FROM regions WHERE level = 'village'`).all() as Array<{ code: string }>).map(
    (r) => r.code,
  );
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

/** Masking a realistic 5,000-row list of people. */
async function masking() {
  const { maskTable } = await import('../core/privacy/masker');
  const { makeIdNumber } = await import('../core/privacy/mask');
  const rows = Array.from({ length: 5000 }, (_, i) => [
    String(i + 1),
    `王${'德秀国建'[i % 4]}${'明英富华'[i % 3]}`,
    makeIdNumber('510118', `19${50 + (i % 40)}0${1 + (i % 9)}1${i % 9}`, i % 1000),
    `13${8 + (i % 2)}${String(10000000 + i * 37).slice(0, 8)}`,
    `62220212345${String(67890128 + i).padStart(8, '0')}`,
    `新津区花源街道白鹤村${1 + (i % 9)}组${i % 40}号`,
    i % 2 ? '原址重建' : '加固改造',
    String(15000 + (i % 3) * 10000),
  ]);
  const columns = ['序号', '户主姓名', '身份证号码', '联系电话', '银行卡号', '家庭住址', '改造方式', '补助金额（元）'];
  maskTable({ columns, rows: rows.slice(0, 200) }); // warm
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    maskTable({ columns, rows });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((a, b) => a - b);
  print('mask_rows_per_s', Math.round(5000 / (runs[2] / 1000)));
}

/**
 * Draft -> submit -> approve through the services on a SQLite file, at each level: a cadre's
 * village 公示 (with a 30-row list) reviewed by the town, a town government's item reviewed by
 * the town, a county unit's policy (with its 解读) reviewed by the 政务公开办.
 */
async function publishFlow() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { seedDemo } = await import('./seed-lib');
  const { saveDraft, submitDraft } = await import('../core/publicity/cadre-service');
  const { approve } = await import('../core/publicity/review-service');
  const { wordListCheck } = await import('../core/complaints/word-list-check');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const dbPath = join(dir, 'b.sqlite');
  const now = new Date('2026-11-26T02:00:00Z');
  await seedDemo(dbPath, now);
  const store = openSqliteStore(dbPath);
  try {
    const account = async (openid: string) => {
      const a = (await store.getAccount(openid))!;
      return { openid: a.openid, account: a };
    };
    const cadre = await account('demo-xinjin-cadre');
    const village = cadre.account.regionCodes[0];
    const town = village.slice(0, 9);
    const deps = { store, clock: { now: () => now }, check: wordListCheck() };
    const pasted = [
      '序号\t户主姓名\t身份证号码\t联系电话',
      ...Array.from(
        { length: 30 },
        (_, i) => `${i + 1}\t李某\t510118195803120${String(10 + i).padStart(2, '0')}X\t1381234${String(1000 + i)}`,
      ),
    ].join('\n');
    const levels = [
      {
        level: 'village',
        author: cadre,
        reviewer: await account('demo-xinjin-reviewer'),
        draft: { regionCode: village, itemId: '510118-rural_housing_renovation-05', title: '农村危房改造补助对象公示', pasted },
      },
      {
        level: 'town',
        author: await account(`demo-xinjin-staff-${town}-gov`),
        reviewer: await account('demo-xinjin-reviewer'),
        draft: { regionCode: town, itemId: '510118-disaster_relief-03', title: '第三季度救灾资金安排情况' },
      },
      {
        level: 'county',
        author: await account('demo-xinjin-unit'),
        reviewer: await account('demo-xinjin-opengov'),
        draft: {
          regionCode: '510118',
          itemId: '510118-rural_housing_renovation-03',
          title: '农村危房改造补助标准',
          interpretation: [{ q: '这份文件说了什么？', a: '住房是危房的困难家庭可以申请补助，拆除重建每户3.5万元。' }],
        },
      },
    ];
    for (const l of levels) {
      const ms: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t = process.hrtime.bigint();
        const saved = await saveDraft(deps, l.author, {
          requestId: `bench-${l.level}-${i}-abcdefgh`,
          body: '经村民代表评议，拟补助对象如下。',
          formedOn: '2026-11-20',
          ...l.draft,
        });
        const sub = await submitDraft(deps, l.author, { id: saved.draft.id, version: saved.draft.version });
        await approve(deps, l.reviewer, { id: sub.id, version: sub.version });
        ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      ms.sort((a, b) => a - b);
      print(`publish_flow_ms_p50_${l.level}`, p(ms, 0.5).toFixed(2));
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 群众关切与回应 of a village (its own, its town's, its county's) or of an item, over all of Sichuan's responses. */
async function responsesList() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const store = openSqliteStore(join(dir, 'r.sqlite'));
  try {
    const regions = sichuanRegions().filter((r) => r.countyCode);
    const per = { village: 3, town: 10, county: 30 } as Record<string, number>;
    const domains = Object.keys(TITLES);
    let n = 0;
    // One transaction: putResponse runs its statement synchronously, before its promise settles.
    store.db.transaction(() => {
      for (const r of regions) {
        for (let i = 0; i < (per[r.level] ?? 0); i++, n++) {
          const domain = domains[n % domains.length];
          void store.putResponse({
            id: `r-${r.code}-${i}`,
            kind: i % 2 ? 'qa' : 'response',
            countyCode: r.countyCode!,
            regionCode: r.code,
            itemId: `${r.countyCode}-${domain}-0${(i % 3) + 1}`,
            domain,
            question: `关于${r.name}${TITLES[domain][i % TITLES[domain].length]}的回应`,
            answer: `${WORDS[n % WORDS.length]}已按规定办理，请群众监督。`,
            unitId: `${r.countyCode}-zjj`,
            unitName: '县住建局',
            at: new Date(Date.parse('2026-11-26T00:00:00Z') - ((n * 7919) % (400 * 86400)) * 1000).toISOString(),
          });
        }
      }
    })();
    const villages = regions.filter((r) => r.level === 'village');
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const deps = { store, clock: { now: () => new Date('2026-11-26T02:00:00Z') } };
    const ms: number[] = [];
    for (let i = 0; i < 2050; i++) {
      const v = villages[rand(villages.length)];
      const req = i % 4 === 3 ? { itemId: `${v.countyCode}-${domains[rand(domains.length)]}-01` } : { regionCode: v.code };
      const t = process.hrtime.bigint();
      await runPublic(deps, 'responses.list', req);
      if (i >= 50) ms.push(Number(process.hrtime.bigint() - t) / 1e6); // the first 50 warm up
    }
    ms.sort((a, b) => a - b);
    print('bench_responses', `${n} (all of Sichuan: ${per.village} per village, ${per.town} per town, ${per.county} per county)`);
    print('responses_list_p50_ms', p(ms, 0.5).toFixed(3));
    print('responses_list_p99_ms', p(ms, 0.99).toFixed(3));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function complaintLoad() {
  const { seededDir, startProcess, login } = await import('../tests/reliability/support/process');
  const { rmSync } = await import('node:fs');
  const people = 120;
  const seeded = await seededDir(people);
  const server = await startProcess(seeded.dbPath, seeded.h5Dir);
  try {
    const cookies = await Promise.all(Array.from({ length: people }, (_, i) => login(server.url, `demo-kill9-${i}`)));
    const r = await submitLoad(server.url, cookies, seeded.village);
    print('complaint_submit_per_s', r.perSecond);
    const { default: Database } = await import('better-sqlite3');
    await server.stop();
    const db = new Database(seeded.dbPath, { readonly: true });
    const has = db.prepare('SELECT 1 FROM complaints WHERE id = ?');
    let lost = r.lost;
    for (const ticket of r.tickets) if (!has.get(ticket)) lost++;
    db.close();
    print('complaints_lost', lost);
  } finally {
    await server.stop();
    rmSync(seeded.dir, { recursive: true, force: true });
  }

  const { startTestCloud } = await import('../tests/helpers/local-cloud');
  const cloud = await startTestCloud();
  try {
    const village = (await cloud.store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
    const ids = Array.from({ length: people }, (_, i) => `demo-bench-${i}`);
    await cloud.store.putAccounts(
      ids.map((openid) => ({ openid, name: openid, role: 'resident' as const, regionCodes: [village], demo: true })),
    );
    const cookies = await Promise.all(ids.map((o) => cloud.login(o)));
    print('complaint_submit_per_s_in_process', (await submitLoad(cloud.url, cookies, village)).perSecond);
  } finally {
    await cloud.close();
  }
}

/** 1,000 submissions from 16 concurrent clients; every tenth request of ten repeats an earlier one thrice. */
async function submitLoad(url: string, cookies: string[], village: string) {
  const TOTAL = 1000;
  const acked = new Map<string, string>(); // requestId -> ticket
  const sent: Array<{ who: number; requestId: string }> = [];
  let lost = 0;
  let next = 0;
  const t0 = Date.now();
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= TOTAL) return;
      // Every person files up to 9 a day; 30% of requests repeat an earlier one.
      const retry = sent.length > 0 && n % 10 < 3;
      const req = retry ? sent[(n * 7919) % sent.length] : { who: n % cookies.length, requestId: `bench-${n}-abcdefgh` };
      if (!retry) sent.push(req);
      const res = await fetch(`${url}/api/resident`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies[req.who] },
        body: JSON.stringify({
          action: 'complaints.submit',
          data: { requestId: req.requestId, kind: '咨询', category: '其他', text: '请问补助资金什么时候发放？', regionCode: village },
        }),
      });
      const a = (await res.json()) as { ok: boolean; data?: { ticket: string } };
      if (a.ok && a.data) {
        const before = acked.get(req.requestId);
        if (before && before !== a.data.ticket) lost++; // a retry must return the first ticket
        acked.set(req.requestId, a.data.ticket);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const seconds = (Date.now() - t0) / 1000;
  return { perSecond: Math.round(TOTAL / seconds), lost, tickets: new Set(acked.values()) };
}

/**
 * The reliability suite (tests/reliability/support) at bench size: FUZZ_RUNS cases per action
 * and kind (default 100), the authorization matrix on both stores, kill -9 under 400
 * concurrent submissions, 2,000 slow connections, and the whole jest run.
 */
async function reliability() {
  const runs = Number(process.env.FUZZ_RUNS ?? 100);
  const { sqliteWorld, wxcloudWorld } = await import('../tests/reliability/support/world');
  const { runFuzz } = await import('../tests/reliability/support/fuzz');
  const { runAuthzMatrix } = await import('../tests/reliability/support/authz');
  const { httpFuzzRun, kill9Run } = await import('../tests/reliability/support/process');
  let events = 0;
  let thrown = 0;
  let unstructured = 0;
  let cells = 0;
  let violations = 0;
  for (const open of [sqliteWorld, wxcloudWorld]) {
    const w = await open();
    try {
      const f = await runFuzz(w, runs);
      events += f.events;
      thrown += f.thrown;
      unstructured += f.unstructured + f.badRefusals;
      for (const x of f.failures) console.log(`  fuzz ${w.kind}: ${x}`);
      const a = await runAuthzMatrix(w);
      cells += a.cells;
      violations += a.violations.length;
      for (const x of a.violations) console.log(`  authz ${w.kind}: ${JSON.stringify(x)}`);
    } finally {
      await w.close();
    }
  }
  const h = await httpFuzzRun(runs * 20);
  for (const x of h.failures) console.log(`  http fuzz: ${x}`);
  print('fuzz_events', events + h.events);
  print('fuzz_5xx', thrown + h.status5xx);
  print('fuzz_unstructured', unstructured + h.unstructured);
  print('http_fuzz_process_deaths', h.deaths);
  print('authz_cells', cells);
  print('authz_violations', violations);
  const k = await kill9Run(400, 150);
  print('kill9_acknowledged', k.acknowledged);
  print('kill9_lost', k.lost);
  print('kill9_duplicated', k.duplicated);
  await slowConnections(2000);
  await testRun();
}

/** Opens `n` connections that trickle their headers, then times one normal request. */
async function slowConnections(n: number) {
  const { seededDir, startProcess } = await import('../tests/reliability/support/process');
  const { connect } = await import('node:net');
  const { rmSync } = await import('node:fs');
  const seeded = await seededDir(0);
  const server = await startProcess(seeded.dbPath, seeded.h5Dir);
  const port = Number(new URL(server.url).port);
  const sockets: Array<import('node:net').Socket> = [];
  let closed = 0;
  try {
    await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(port, '127.0.0.1', () => {
              s.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nx-slow: ');
              resolve();
            });
            s.on('error', () => resolve());
            s.on('close', () => closed++);
            sockets.push(s);
          }),
      ),
    );
    const drip = setInterval(() => sockets.forEach((s) => s.writable && s.write('a')), 500);
    await new Promise((r) => setTimeout(r, 1000));
    const t = Date.now();
    const res = await fetch(`${server.url}/api/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'regions.children', data: { code: '510118' } }),
    });
    const ms = Date.now() - t;
    clearInterval(drip);
    print('slow_connections_held', n - closed);
    print('slow_connections_normal_request_ms', res.ok ? ms : `failed ${res.status}`);
  } finally {
    sockets.forEach((s) => s.destroy());
    await server.stop();
    rmSync(seeded.dir, { recursive: true, force: true });
  }
}

/** `npx jest --json` once: how many tests, and how long the whole run takes here. */
async function testRun() {
  const env = { ...process.env };
  if (STARTING_TZ === undefined) delete env.TZ;
  else env.TZ = STARTING_TZ;
  const t = Date.now();
  const r = spawnSync('npx', ['jest', '--json', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env,
  });
  const wall = (Date.now() - t) / 1000;
  const json = r.stdout.slice(r.stdout.indexOf('{'));
  const result = JSON.parse(json) as {
    numTotalTests: number;
    numFailedTests: number;
    testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string }> }>;
  };
  for (const f of result.testResults) {
    for (const a of f.assertionResults)
      if (a.status === 'failed') console.log(`  failed: ${f.name.slice(root.length + 1)} › ${a.fullName}`);
  }
  print('test_count', result.numTotalTests);
  print('test_failed', result.numFailedTests);
  print('test_wall_s', wall.toFixed(1));
}

/** A unit's queue with 10,000 complaints. */
async function queue() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { seedDemo } = await import('./seed-lib');
  const { listQueue } = await import('../core/complaints/unit-service');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  const dbPath = join(dir, 'q.sqlite');
  const now = new Date('2026-11-26T02:00:00Z');
  await seedDemo(dbPath, now);
  const store = openSqliteStore(dbPath);
  try {
    const staff = (await store.getAccount('demo-xinjin-unit'))!;
    const [template] = await store.listComplaints({ unitId: staff.unitId!, limit: 1 });
    const statuses = ['submitted', 'accepted', 'in_progress', 'answered', 'closed'] as const;
    store.db.transaction(() => {
      for (let i = 0; i < 10000; i++) {
        const due = new Date(now.getTime() + ((i * 7919) % (60 * 86400)) * 1000 - 20 * 86400000).toISOString();
        void store.insertComplaint({
          ...template,
          id: `bench-${i}`,
          requestId: `bench-${i}`,
          ownerOpenid: `o-${i % 500}`,
          status: statuses[i % 5],
          dueAt: due,
          domain: i % 3 ? 'rural_housing_renovation' : 'affordable_housing',
        });
      }
    })();
    const deps = {
      store,
      clock: { now: () => now },
      check: { checkText: async () => 'pass' as const },
      notifier: { send: async () => 'pending' as const },
      files: { ownedBy: async () => false },
    };
    const caller = { openid: staff.openid, account: staff };
    const ms: number[] = [];
    for (let i = 0; i < 600; i++) {
      const t = process.hrtime.bigint();
      await listQueue(deps, caller, i % 3 === 0 ? { status: statuses[i % 5] } : i % 3 === 1 ? { domain: 'affordable_housing' } : {});
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    print('queue_p50_ms', p(ms, 0.5).toFixed(3));
    print('queue_p99_ms', p(ms, 0.99).toFixed(3));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The county dashboard at volume: 100,000 complaints and 50,000 disclosures written straight
 * through the SQLite store, counters made by the rebuild (its time is a figure too), then the
 * dashboard's p99 and its store reads per call, counted by a wrapper around the store.
 */
async function statsAtVolume() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { createCounty } = await import('../tests/helpers/world');
  const { fillCounty } = await import('../tests/helpers/stats-volume');
  const { rebuildCountyStats } = await import('../core/stats/rebuild');
  const { statsDashboard } = await import('../core/stats/service');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-stats-'));
  const store = openSqliteStore(join(dir, 's.sqlite'));
  try {
    const county = await createCounty(store, { code: '519901', towns: 12, villagesPerTown: 10 });
    await fillCounty(store, county, { complaints: 100_000, disclosures: 50_000 });
    let t = process.hrtime.bigint();
    const rebuilt = await rebuildCountyStats(store, county.code);
    print('stats_rebuild_s', (Number(process.hrtime.bigint() - t) / 1e9).toFixed(1));
    console.error(`(rebuilt ${rebuilt.counters} counters from ${rebuilt.complaints} complaints, ${rebuilt.disclosures} disclosures)`);
    let reads = 0;
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver);
        return typeof v === 'function' && key !== 'close' ? (...a: unknown[]) => (reads++, v.apply(target, a)) : v;
      },
    });
    const account = { openid: 'o-bench-admin', name: '管理员', role: 'county_admin' as const, regionCodes: [county.code], demo: true };
    const periods = ['2026', '2026-03', '2026-11'];
    const scopes = [undefined, 'village', 'unit'] as const;
    // Warm up first: the first calls compile statements and page the counters in.
    for (let i = 0; i < 30; i++) await statsDashboard({ store }, { openid: account.openid, account }, { period: periods[i % 3] });
    const ms: number[] = [];
    let mostReads = 0;
    for (let i = 0; i < 300; i++) {
      reads = 0;
      t = process.hrtime.bigint();
      const scope = scopes[i % 3];
      await statsDashboard(
        { store: counted },
        { openid: account.openid, account },
        { period: periods[i % 3], ...(scope ? { scope } : {}) },
      );
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      mostReads = Math.max(mostReads, reads);
    }
    ms.sort((a, b) => a - b);
    console.error(`(stats dashboard p50 ${p(ms, 0.5).toFixed(3)} ms)`);
    print('stats_dashboard_p99_ms', p(ms, 0.99).toFixed(3));
    print('stats_db_reads', mostReads);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cloud figures: how long a bundle takes to load, and store calls per public screen. */
async function cloud() {
  const bundles = join(root, 'build', 'cloudfunctions');
  if (!existsSync(bundles)) await buildCloud();
  const stub = join(root, '.bench', 'wx-server-sdk-stub.js');
  require('node:fs').writeFileSync(
    stub,
    'module.exports = { init() {}, DYNAMIC_CURRENT_ENV: Symbol(), getWXContext: () => ({}), database: () => ({}) };',
  );
  let worst = 0;
  for (const name of readdirSync(bundles)) {
    const code = `const M=require('module');const l=M._load;M._load=(r,...a)=>r==='wx-server-sdk'?require(${JSON.stringify(stub)}):l(r,...a);const t=process.hrtime.bigint();require(${JSON.stringify(join(bundles, name, 'index.js'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    worst = Math.max(worst, Number(r.stdout.trim()));
  }
  print('cloud_handler_load_ms', worst.toFixed(1));

  const { createFakeDb } = await import('../tests/doubles/wx-fake-db');
  const { openWxCloudStore } = await import('../stores/wxcloud/store');
  const { seedStore } = await import('./seed-lib');
  const now = new Date('2026-11-26T02:00:00Z');
  const store = openWxCloudStore(createFakeDb());
  await seedStore(store, now);
  const village = (await store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
  const deps = { store, clock: { now: () => now } };
  const first = await runPublic(deps, 'disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' });
  const screens: Array<[string, unknown]> = [
    ['regions.get', { code: village }],
    ['regions.children', { code: '510118' }],
    ['regions.search', { q: '花源' }],
    ['catalog.list', { regionCode: village, domain: 'rural_housing_renovation' }],
    ['catalog.get', { id: '510118-rural_housing_renovation-01' }],
    ['disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' }],
    ['disclosures.list', { regionCode: village, cursor: first.next ?? undefined }],
    ['disclosures.summary', { regionCode: village }],
    ['disclosures.get', { id: first.items[0].id }],
    ['search', { q: '危房', regionCode: village }],
  ];
  let most = 0;
  let which = '';
  for (const [action, data] of screens) {
    const before = store.calls;
    await runPublic(deps, action as never, data as never);
    const used = store.calls - before;
    if (used > most) [most, which] = [used, action];
  }
  print('db_calls_per_screen_max', most);
  console.error(`(most store calls: ${which})`);
}

/**
 * Every H5 page in Chromium at 390×844 on the demo seed (the pages tests/e2e/tour.ts walks):
 * with 大字 on, resident text nodes under 18 px and targets under 48 px (the care-mode e2e's
 * measure); axe-core's serious and critical findings and control edges under 3:1 (the a11y e2e's
 * checks) on resident pages in both modes and on staff pages.
 */
async function accessibility() {
  const h5 = join(root, 'build', 'h5');
  ensureBuild('h5', join(h5, 'index.html'));
  const { startTestCloud } = await import('../tests/helpers/local-cloud');
  const { launchBrowser } = await import('../tests/e2e/chromium');
  const { residentLeg, staffLegs } = await import('../tests/e2e/tour');
  const { smallThings } = await import('../tests/e2e/care-measure');
  const { axeViolations } = await import('../tests/e2e/axe');
  const { lowContrast } = await import('../tests/e2e/control-contrast');
  const cloud = await startTestCloud({ seed: 'demo', h5Dir: h5 });
  const browser = await launchBrowser();
  const onTop = (page: import('playwright-core').Page, path: string) =>
    page.locator(`.taro_page.taro_page_stationed:not(.taro_page_shade)[id^="${path}"]`);
  try {
    const signedIn = async (openid: string) => {
      const cookie = await cloud.login(openid);
      const at = cookie.indexOf('=');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: cloud.url }]);
      // tsx keeps function names with an __name helper, which the page does not have.
      await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
      return { context, page: await context.newPage() };
    };
    let axe = 0;
    let edges = 0;
    let smallText = 0;
    let smallTargets = 0;
    const visit = async (page: import('playwright-core').Page, stop: { url: string; path: string }, care: boolean) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${cloud.url}/#${stop.url}`);
      const cur = onTop(page, stop.path);
      await cur.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      if (care) {
        const small = await smallThings(cur);
        smallText += small.text.length;
        smallTargets += small.targets.length;
      }
      const height = await cur.evaluate((el) => el.scrollHeight);
      await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 8000) });
      axe += (await axeViolations(page)).reduce((n, v) => n + v.nodes.length, 0);
      edges += (await lowContrast(cur)).length;
    };
    const resident = await residentLeg(cloud);
    const r = await signedIn(resident.openid);
    for (const stop of resident.stops) await visit(r.page, stop, false);
    await r.page.goto(`${cloud.url}/`);
    const home = onTop(r.page, '/pages/index/index');
    await home.getByRole('switch', { name: /大字模式/ }).click({ force: true });
    for (const stop of resident.stops) await visit(r.page, stop, true);
    await r.context.close();
    for (const leg of await staffLegs(cloud)) {
      const s = await signedIn(leg.openid);
      for (const stop of leg.stops) await visit(s.page, stop, false);
      await s.context.close();
    }
    print('care_mode_small_text_nodes', smallText);
    print('care_mode_small_targets', smallTargets);
    print('axe_serious_critical_nodes', axe);
    print('control_edges_under_3_to_1', edges);
  } finally {
    await browser.close();
    await cloud.close();
  }
}

async function main() {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  console.log(
    `# machine: ${require('node:os').cpus()[0]?.model ?? 'unknown'} x${require('node:os').cpus().length}, node ${process.version}`,
  );
  if (!only || only === 'sizes') await sizes();
  if (!only || only === 'h5') await h5FirstLoad();
  if (!only || only === 'a11y') await accessibility();
  if (!only || only === 'queries') await queries();
  if (!only || only === 'mask') await masking();
  if (!only || only === 'publish') await publishFlow();
  if (!only || only === 'responses') await responsesList();
  if (!only || only === 'complaints') await complaintLoad();
  if (!only || only === 'queue') await queue();
  if (!only || only === 'stats') await statsAtVolume();
  if (!only || only === 'cloud') await cloud();
  if (!only || only === 'reliability') await reliability();
  if (!only || only === 'open') {
    const { openDataExportBench, open311PostBench } = await import('./lib/bench-open');
    await openDataExportBench(print);
    await open311PostBench(print);
  }
  if (only === 'slow') await slowConnections(2000);
  if (only === 'tests') await testRun();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
