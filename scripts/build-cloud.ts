// npm run build:cloud: bundles each cloudfunctions/<name>/index.ts with esbuild into
// build/cloudfunctions/<name>/ (index.js + package.json + config.json), ready to upload
// from WeChat DevTools. wx-server-sdk stays external: the cloud installs it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const srcDir = join(root, 'cloudfunctions');
const outDir = join(root, 'build', 'cloudfunctions');

export function functionNames(): string[] {
  return readdirSync(srcDir).filter((n) => existsSync(join(srcDir, n, 'index.ts')));
}

export async function buildCloud(): Promise<Array<{ name: string; bytes: number }>> {
  rmSync(outDir, { recursive: true, force: true });
  const out: Array<{ name: string; bytes: number }> = [];
  for (const name of functionNames()) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [join(srcDir, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16', // the oldest runtime WeChat cloud functions still offer
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } }, null, 2) +
        '\n',
    );
    const configPath = join(srcDir, name, 'config.json');
    const config = existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{ "permissions": { "openapi": [] } }\n';
    writeFileSync(join(dir, 'config.json'), config);
    out.push({ name, bytes: statSync(join(dir, 'index.js')).size });
  }
  return out;
}

if (require.main === module) {
  buildCloud().then(
    (fns) => fns.forEach((f) => console.log(`${f.name}: ${(f.bytes / 1024).toFixed(1)} KB -> build/cloudfunctions/${f.name}/`)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
