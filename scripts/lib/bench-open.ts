// Figures of the open interfaces (issue 13), for scripts/bench.ts:
//   open_data_export_s   npm run export:open-data of Sichuan's largest county (by villages),
//                        loaded at the bench's Sichuan volume: 20 disclosures a village, 10 a
//                        town, 50 the county; every fifth a 公示, with a masked list of 5 people
//   open311_post_per_s   POST requests.json over HTTP to the local cloud, 16 concurrent
//                        clients, 30% of requests replaying an earlier partner_request_id
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../stores/sqlite/store';
import { buildCountyCatalog, buildTownUnits } from '../../core/catalog/build-county';
import type { Disclosure, Region } from '../../core/model';
import { maskIdNumber, makeIdNumber, maskPhone } from '../../core/privacy/mask';
import { hashKey } from '../../core/open311/partner';
import { sichuanRegions } from './china-division';
import { exportOpenData } from '../export-open-data';

type Print = (name: string, value: string | number) => void;
const NOW = new Date('2026-11-26T02:00:00Z');

function dirBytes(dir: string, files: string[]): number {
  return files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

export async function openDataExportBench(print: Print): Promise<void> {
  const all = sichuanRegions();
  const villagesOf = new Map<string, number>();
  for (const r of all) if (r.level === 'village') villagesOf.set(r.countyCode!, (villagesOf.get(r.countyCode!) ?? 0) + 1);
  const [countyCode] = [...villagesOf.entries()].sort((a, b) => b[1] - a[1])[0];
  const regions = all.filter(
    (r) => r.countyCode === countyCode || (r.level !== 'town' && r.level !== 'village' && countyCode.startsWith(r.code)),
  );
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-open-'));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  try {
    const countyRegion = regions.find((r) => r.code === countyCode)!;
    const { county, units, items } = buildCountyCatalog({ code: countyCode, name: countyRegion.name });
    await store.putRegions(regions);
    await store.putCounty(county);
    await store.putUnits([
      ...units,
      ...buildTownUnits(
        county,
        regions.filter((r) => r.level === 'town'),
      ),
    ]);
    await store.putCatalogItems(items);
    const domains = county.domains.map((d) => d.id);
    const batch: Disclosure[] = [];
    let n = 0;
    const add = (r: Region, count: number) => {
      for (let i = 0; i < count; i++, n++) {
        const domain = domains[(i + n) % domains.length];
        const publishedAt = new Date(NOW.getTime() - ((n * 7919) % (400 * 86400)) * 1000).toISOString();
        const publicity =
          i % 5 === 0
            ? { start: publishedAt.slice(0, 10), end: new Date(Date.parse(publishedAt) + 7 * 86400000).toISOString().slice(0, 10) }
            : undefined;
        batch.push({
          id: `${r.code}-o${i}`,
          itemId: `${countyCode}-${domain}-01`,
          countyCode,
          regionCode: r.code,
          regionName: r.name,
          level: r.level as Disclosure['level'],
          domain,
          title: `关于${r.name}${county.domains.find((d) => d.id === domain)!.shortName}情况的公开（第${i + 1}号）`,
          body: `根据有关规定，现将${r.name}有关情况予以公开。如有异议，请在公示期内向村委会或乡镇人民政府反映。`,
          attachments: [],
          ...(publicity
            ? {
                publicity,
                table: {
                  columns: ['序号', '姓名', '身份证号码', '联系电话', '金额（元）'],
                  rows: Array.from({ length: 5 }, (_, k) => [
                    String(k + 1),
                    `某户${k + 1}`,
                    maskIdNumber(makeIdNumber(countyCode, '19700101', k + 1)),
                    maskPhone(`1380000${1000 + k}`),
                    '12000',
                  ]),
                  personal: true,
                },
              }
            : {}),
          status: 'published',
          publishedAt,
          unitName: '县政务公开办',
          demo: true,
        });
      }
    };
    for (const r of regions) {
      if (r.level === 'village') add(r, 20);
      else if (r.level === 'town') add(r, 10);
      else if (r.level === 'county') add(r, 50);
    }
    await store.putDisclosures(batch);
    const out = join(dir, 'out');
    const t0 = process.hrtime.bigint();
    const r = await exportOpenData(store, countyCode, out, { baseUrl: 'https://gongkai.example.cn', clock: { now: () => NOW } });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    print('open_data_export_s', Number(seconds.toFixed(1)));
    print('open_data_export_county', `${countyCode} ${countyRegion.name}`);
    print('open_data_export_villages', villagesOf.get(countyCode)!);
    print('open_data_export_disclosures', r.disclosures);
    print('open_data_export_files', r.files.length);
    print('open_data_export_mb', Number((dirBytes(out, r.files) / 1024 / 1024).toFixed(1)));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function open311PostBench(print: Print): Promise<void> {
  const { startTestCloud } = await import('../../tests/helpers/local-cloud');
  const { createCounty } = await import('../../tests/helpers/world');
  const cloud = await startTestCloud({ seed: 'none' });
  try {
    const county = await createCounty(cloud.store, { towns: 4, villagesPerTown: 4 });
    const key = 'bench-open311-key-0123456789abcdefghijklmnop';
    await cloud.store.insertPartner({
      id: `${county.code}-p1`,
      countyCode: county.code,
      name: '压测对接系统',
      keyHash: hashKey(key),
      keyHint: key.slice(-4),
      dailyLimit: 100000,
      createdAt: NOW.toISOString(),
      createdBy: 'bench',
      version: 1,
    });
    const codes = county.items.slice(0, 20).map((i) => `${i.templateId}.other`);
    const TOTAL = 1000;
    const sent: string[] = [];
    const first = new Map<string, string>();
    let mismatched = 0;
    let failed = 0;
    let next = 0;
    const t0 = Date.now();
    const worker = async () => {
      for (;;) {
        const n = next++;
        if (n >= TOTAL) return;
        const replay = sent.length > 0 && n % 10 < 3;
        const id = replay ? sent[(n * 7919) % sent.length] : `bench-${n}`;
        if (!replay) sent.push(id);
        const res = await fetch(`${cloud.url}/open311/v2/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: key,
            service_code: codes[n % codes.length],
            description: '请问村里的补助资金什么时候公开？',
            'attribute[region_code]': county.villages[n % county.villages.length].code,
            partner_request_id: id,
          }).toString(),
        });
        if (res.status !== 200) {
          failed++;
          continue;
        }
        const [a] = (await res.json()) as Array<{ service_request_id: string }>;
        const before = first.get(id);
        if (before && before !== a.service_request_id) mismatched++;
        first.set(id, a.service_request_id);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    print('open311_post_per_s', Math.round(TOTAL / ((Date.now() - t0) / 1000)));
    print('open311_replays_mismatched', mismatched + failed);
  } finally {
    await cloud.close();
  }
}
