// Runs node's test runner (through tsx) over tests/<suite>/**/*.test.ts for each suite named.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(find(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

const suites = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = suites.flatMap((s) => find(join('tests', s)));
if (files.length === 0) {
  console.error('没有找到测试文件: ' + suites.join(', '));
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? (suites.includes('e2e') ? '1' : '2');
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...extra, ...files], {
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'Asia/Shanghai' },
});
process.exit(r.status ?? 1);
