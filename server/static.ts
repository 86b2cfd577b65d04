// Serves the H5 build. Hash routing needs only index.html, but any unknown non-file path
// falls back to it too so a browser-mode route still opens the app.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** CSP source expressions ('sha256-…') for the inline scripts of an HTML page (Taro's rem script). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    out.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return out;
}

/**
 * `decodedPath` is the request's path already %-decoded (the caller refuses bad escapes).
 * `scriptHashes()` gives the index page's inline script hashes, for the CSP.
 */
export function createStaticHandler(root: string) {
  const gzCache = new Map<string, Buffer>();
  let indexHashes: string[] = [];
  return {
    scriptHashes: () => indexHashes,
    serve(decodedPath: string, acceptEncoding: string | undefined): StaticAnswer {
      let rel = normalize(decodedPath.replace(/\0/g, '')).replace(/^([/\\])+/, '');
      if (rel.split(sep).includes('..')) rel = '';
      let file = join(root, rel);
      if (!rel || !isFile(file)) file = join(root, 'index.html');
      if (!isFile(file)) {
        return { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'H5 页面尚未构建，请运行 npm run build:h5' };
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      const isIndex = file === join(root, 'index.html');
      if (isIndex) indexHashes = inlineScriptHashes(body.toString('utf8'));
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': isIndex ? 'no-cache' : 'public, max-age=3600' };
      if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(acceptEncoding ?? '')) {
        let gz = gzCache.get(file);
        if (!gz) gzCache.set(file, (gz = gzipSync(body)));
        return { status: 200, headers: { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }, body: gz };
      }
      return { status: 200, headers, body };
    },
  };
}
