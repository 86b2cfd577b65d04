// What `npm start` runs with, read from the environment once, checked before anything starts.
// Dev (the default): the demo on 127.0.0.1 with demo accounts, the movable clock and the
// outbox; secrets made once and kept in dev-secrets.json beside the database.
// Production (NODE_ENV=production): no /api/dev/*, no demo data; SESSION_SECRET
// and PUBLIC_BASE_URL must come from the environment.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isIP } from 'node:net';

export const MIN_SESSION_SECRET_LENGTH = 32;

export interface Config {
  dev: boolean;
  host: string;
  port: number;
  dbPath: string;
  sessionSecret: string;
  /** Where people reach the app (QR codes on printed notices, the allowed Origin); dev: none, the server's own URL. */
  publicBaseUrl?: string;
  maxConnections?: number;
}

/** A reason not to start, in words for whoever runs the server. */
export class ConfigError extends Error {}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** An http(s) origin with an optional path, without a trailing slash; ConfigError otherwise. */
export function parseBaseUrl(value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL 不是有效的网址：${value}`);
  }
  if (!/^https?:$/.test(u.protocol) || u.search || u.hash || u.username || u.password) {
    throw new ConfigError(`PUBLIC_BASE_URL 须是 http(s) 网址，不带参数，例如 https://gongkai.example.cn：${value}`);
  }
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** Dev only: the secrets made on first start and kept beside the database. */
function devSecrets(dbPath: string): { sessionSecret: string } {
  const file = join(dirname(dbPath), 'dev-secrets.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessionSecret?: string };
    if (kept.sessionSecret) return { sessionSecret: kept.sessionSecret };
  }
  const made = { sessionSecret: randomBytes(32).toString('hex') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(made, null, 2), { mode: 0o600 });
  return made;
}

export function loadConfig(env: Record<string, string | undefined>, defaultDbPath: string): Config {
  const dev = env.NODE_ENV !== 'production';
  const host = env.HOST || '127.0.0.1';
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT 须是 0–65535 的整数：${env.PORT}`);
  const dbPath = env.DB_PATH || defaultDbPath;
  const maxConnections = env.MAX_CONNECTIONS ? Number(env.MAX_CONNECTIONS) : undefined;
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0)) {
    throw new ConfigError(`MAX_CONNECTIONS 须是正整数：${env.MAX_CONNECTIONS}`);
  }
  const publicBaseUrl = env.PUBLIC_BASE_URL ? parseBaseUrl(env.PUBLIC_BASE_URL) : undefined;

  if (dev) {
    if (!isLoopback(host) && env.ALLOW_DEV_ON_NETWORK !== '1') {
      throw new ConfigError(
        `开发模式（演示账号可任意登录、可调时钟）只在本机地址上运行，HOST=${host} 被拒绝。` +
          '正式部署请用 NODE_ENV=production；确需在局域网演示，请设置 ALLOW_DEV_ON_NETWORK=1。',
      );
    }
    const kept = devSecrets(dbPath);
    return {
      dev,
      host,
      port,
      dbPath,
      sessionSecret: env.SESSION_SECRET || kept.sessionSecret,
      publicBaseUrl,
      maxConnections,
    };
  }

  const problems: string[] = [];
  const secret = env.SESSION_SECRET ?? '';
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    problems.push(
      secret
        ? `SESSION_SECRET 太短，至少需要 ${MIN_SESSION_SECRET_LENGTH} 个字符`
        : `未设置 SESSION_SECRET（会话签名密钥，至少 ${MIN_SESSION_SECRET_LENGTH} 个字符）`,
    );
  }
  if (!publicBaseUrl) problems.push('未设置 PUBLIC_BASE_URL（群众访问本站的网址，用于公示二维码和来源校验）');
  if (problems.length) {
    throw new ConfigError(
      `生产模式（NODE_ENV=production）无法启动：\n- ${problems.join('\n- ')}\n` +
        '可用 `openssl rand -hex 32` 生成密钥；详见 README 的“生产模式”。',
    );
  }
  return { dev, host, port, dbPath, sessionSecret: secret, publicBaseUrl, maxConnections };
}
