// The H5 build the journeys run against: built once (jest's globalSetup) when there is none.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const H5_DIR = join(ROOT, 'build', 'h5');

/** Builds the H5 app once when there is none yet. */
export function ensureH5Build(): void {
  if (existsSync(join(H5_DIR, 'index.html'))) return;
  // jest sets NODE_ENV=test, which would make Taro build a development bundle (React refresh
  // hooks that fail outside its dev server): build what `npm start` serves.
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  assert.equal(r.status, 0, 'H5 构建失败');
}
