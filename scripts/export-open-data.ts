// npm run export:open-data -- <countyCode> [outDir]
// Writes a county's open data as a static folder a county website can host as it is, with the
// same paths and files the local cloud serves (core/opendata):
//   index.html                                   what is here, the terms of use, the columns
//   open-data/<county>/catalog.{json,csv}        the catalog with every element
//   open-data/<code>/disclosures.{json,csv}      per county, town and village: what was published there
//   feeds/<village>.atom, feeds/<village>/<domain>.atom   Atom feeds per village and village × domain
// Reads the local cloud's database (DB_PATH, default .data/gongkai.sqlite). Links to the H5
// pages use PUBLIC_BASE_URL; the feeds' rel=self links use OPEN_DATA_BASE_URL (where the folder
// will be hosted), PUBLIC_BASE_URL when not set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Region } from '../core/model';
import { MAX_READ, systemClock, type Clock, type Store } from '../core/store';
import { normalizeCode } from '../core/regions/codes';
import { catalogFile, disclosuresFile, feedFile, type OpenDataDeps } from '../core/opendata/service';
import { CATALOG_COLUMNS, DISCLOSURE_COLUMNS } from '../core/opendata/columns';
import { xmlText } from '../core/opendata/atom';
import { shanghaiIso } from '../core/time/shanghai';
import { openSqliteStore } from '../stores/sqlite/store';

export interface OpenDataExport {
  county: { code: string; name: string };
  dir: string;
  /** Paths relative to dir, in writing order. */
  files: string[];
  disclosures: number;
  feeds: number;
}

async function children(store: Store, code: string): Promise<Region[]> {
  const out: Region[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listRegionChildren(code, MAX_READ, after);
    out.push(...page);
    if (page.length < MAX_READ) return out;
    after = page[page.length - 1].code;
  }
}

const html = (s: string) => xmlText(s);

function indexHtml(county: { code: string; name: string }, files: string[], generatedAt: string): string {
  const link = (f: string) => `<li><a href="${html(f)}">${html(f)}</a></li>`;
  const dictionary = (cols: ReadonlyArray<{ name: string; meaning: string }>) =>
    `<table><tr><th>列名</th><th>含义</th></tr>${cols.map((c) => `<tr><td><code>${c.name}</code></td><td>${html(c.meaning)}</td></tr>`).join('')}</table>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(county.name)}政务公开开放数据</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}table{border-collapse:collapse}</style>
</head><body>
<h1>${html(county.name)}（${county.code}）政务公开开放数据</h1>
<p>生成时间：${html(generatedAt)}。CSV 为 UTF-8（带 BOM）、逗号分隔、RFC 4180 引号规则，可直接用 Excel/WPS 打开；JSON 与 CSV 字段相同；Atom 订阅源可用任何 RSS/Atom 阅读器订阅。</p>
<h2>使用条款</h2>
<p>本数据按《中华人民共和国政府信息公开条例》主动公开，可免费复制、引用、再发布和加工利用，请注明来源“${html(county.name)}基层政务公开”并保留发布日期。名单类信息（含去标识化后的个人信息）仅在公示期内提供，公示期满即从数据中撤下，不得留存、汇编或用于公示以外的用途；不得试图恢复已隐去的个人信息。数据以发布单位公开的原文为准。</p>
<h2>数据字典：catalog（公开事项目录）</h2>${dictionary(CATALOG_COLUMNS)}
<h2>数据字典：disclosures（公开信息）</h2>${dictionary(DISCLOSURE_COLUMNS)}
<h2>文件（${files.length}个）</h2><ul>${files.map(link).join('')}</ul>
</body></html>
`;
}

/** Builds and writes one county's open data folder from the store. */
export async function exportOpenData(
  store: Store,
  countyInput: string,
  outDir: string,
  opts: { baseUrl: string; filesBaseUrl?: string; clock?: Clock },
): Promise<OpenDataExport> {
  const code = normalizeCode(countyInput);
  if (!code || code.length !== 6) throw new Error(`不是县级代码：${countyInput}`);
  const deps: OpenDataDeps = { store, clock: opts.clock ?? systemClock, baseUrl: opts.baseUrl, filesBaseUrl: opts.filesBaseUrl };
  const county = await store.getCounty(code);
  if (!county) throw new Error(`这个县（区）还没有建立政务公开目录：${code}`);
  const files: string[] = [];
  const write = (path: string, body: string) => {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, body);
    files.push(path);
  };
  for (const format of ['json', 'csv'] as const) write(`open-data/${code}/catalog.${format}`, (await catalogFile(deps, code, format)).body);
  const titles = new Map((await store.listCatalogItems(code)).map((i) => [i.id, i.level2]));
  const towns = await children(store, code);
  const villages = (await Promise.all(towns.map((t) => children(store, t.code)))).flat();
  let disclosures = 0;
  let feeds = 0;
  for (const place of [code, ...towns.map((t) => t.code), ...villages.map((v) => v.code)]) {
    for (const format of ['json', 'csv'] as const) {
      const f = await disclosuresFile(deps, place, format, titles);
      if (format === 'json') disclosures += f.count;
      write(`open-data/${place}/disclosures.${format}`, f.body);
    }
  }
  for (const v of villages) {
    write(`feeds/${v.code}.atom`, (await feedFile(deps, v.code, undefined, titles)).body);
    feeds++;
    for (const d of county.domains) {
      write(`feeds/${v.code}/${d.id}.atom`, (await feedFile(deps, v.code, d.id, titles)).body);
      feeds++;
    }
  }
  const region = await store.getRegion(code);
  const name = region?.name ?? county.name;
  writeFileSync(join(outDir, 'index.html'), indexHtml({ code, name }, files, shanghaiIso(deps.clock.now())));
  files.unshift('index.html');
  return { county: { code, name }, dir: outDir, files, disclosures, feeds };
}

async function main(): Promise<number> {
  const [code, outArg] = process.argv.slice(2);
  if (!code) {
    console.error('用法：npm run export:open-data -- <县级6位代码> [输出目录]，例如 npm run export:open-data -- 510118');
    return 2;
  }
  const root = join(__dirname, '..');
  const base = (process.env.PUBLIC_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const filesBase = (process.env.OPEN_DATA_BASE_URL || base).replace(/\/+$/, '');
  const store = openSqliteStore(process.env.DB_PATH || join(root, '.data', 'gongkai.sqlite'));
  try {
    const outDir = outArg ?? join(root, 'build', 'open-data', normalizeCode(code) ?? code);
    const r = await exportOpenData(store, code, outDir, { baseUrl: base, filesBaseUrl: filesBase });
    console.log(`已导出 ${r.county.name}（${r.county.code}）开放数据到 ${relative(process.cwd(), r.dir) || '.'}：`);
    console.log(`  ${r.files.length} 个文件，公开信息 ${r.disclosures} 条，订阅源 ${r.feeds} 个；入口 index.html`);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 2;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
