// The local cloud's stand-in for getWXContext().OPENID: a session cookie whose value is a
// random id signed with the server's secret, and a server-side record of it in a `sessions`
// table of the same SQLite file. Handlers only ever see the openid a live record names.
// - expires after SESSION_IDLE_MS without a request (the record is checked, not the cookie);
// - logout deletes the record, so a copied cookie is worthless afterwards;
// - a restart keeps everyone signed in (records are on disk; the secret comes from the
//   environment in production, from a file kept in .data/ in dev).
// The table is this module's own (CREATE TABLE IF NOT EXISTS), not part of the Store port.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';

export const SESSION_COOKIE = 'gk_session';
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** A record's last-seen time is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60 * 1000;
/** The browser's copy is re-sent when the record is touched this long after the last send. */
const COOKIE_REFRESH_MS = 24 * 60 * 60 * 1000;

export interface SessionCheck {
  openid: string;
  /** A fresh Set-Cookie value to send so the browser's expiry keeps pace with use. */
  refresh?: string;
}

export interface Sessions {
  /** A new session for this openid; returns the Set-Cookie header value. */
  issue(openid: string): string;
  /** The openid of a live session, or null (no cookie, forged, expired or revoked). */
  check(cookieValue: string | undefined): SessionCheck | null;
  /** Deletes the session (logout); returns the Set-Cookie value that clears the cookie. */
  revoke(cookieValue: string | undefined): string;
}

export interface SessionOptions {
  secret: string;
  now: () => Date;
  /** Adds `Secure` to the cookie (the public address is https). */
  secure?: boolean;
}

export function openSessions(db: Database.Database, opts: SessionOptions): Sessions {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      id_hash TEXT PRIMARY KEY,
      openid TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      seen_at INTEGER NOT NULL,
      cookie_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sessions_by_seen ON sessions(seen_at);
  `);
  const insert = db.prepare('INSERT INTO sessions(id_hash, openid, created_at, seen_at, cookie_at) VALUES (?, ?, ?, ?, ?)');
  const get = db.prepare('SELECT openid, seen_at, cookie_at FROM sessions WHERE id_hash = ?');
  const touch = db.prepare('UPDATE sessions SET seen_at = ?, cookie_at = ? WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE seen_at < ?');

  const mac = (id: string) => createHmac('sha256', opts.secret).update(id).digest('base64url');
  // The table holds a hash of the id: a copy of the database file does not hold live cookies.
  const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');
  const attrs = `Path=/; HttpOnly; SameSite=Lax${opts.secure ? '; Secure' : ''}`;
  const cookie = (token: string) => `${SESSION_COOKIE}=${token}; Max-Age=${SESSION_IDLE_MS / 1000}; ${attrs}`;

  /** The id inside a well-signed cookie value, or null. */
  function idOf(value: string | undefined): string | null {
    if (!value || value.length > 200) return null;
    const [id, given, extra] = value.split('.');
    if (!id || !given || extra !== undefined) return null;
    const a = Buffer.from(mac(id));
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b) ? id : null;
  }

  return {
    issue(openid) {
      const now = opts.now().getTime();
      purge.run(now - SESSION_IDLE_MS);
      const id = randomBytes(32).toString('base64url');
      insert.run(hashOf(id), openid, now, now, now);
      return cookie(`${id}.${mac(id)}`);
    },
    check(value) {
      const id = idOf(value);
      if (!id) return null;
      const key = hashOf(id);
      const row = get.get(key) as { openid: string; seen_at: number; cookie_at: number } | undefined;
      if (!row) return null;
      const now = opts.now().getTime();
      if (now - row.seen_at > SESSION_IDLE_MS) {
        remove.run(key);
        return null;
      }
      if (now - row.seen_at < TOUCH_EVERY_MS) return { openid: row.openid };
      const resend = now - row.cookie_at >= COOKIE_REFRESH_MS;
      touch.run(now, resend ? now : row.cookie_at, key);
      return resend ? { openid: row.openid, refresh: cookie(value!) } : { openid: row.openid };
    },
    revoke(value) {
      const id = idOf(value);
      if (id) remove.run(hashOf(id));
      return `${SESSION_COOKIE}=; Max-Age=0; ${attrs}`;
    },
  };
}

/** One cookie's value from a Cookie header; a malformed %-escape leaves the value as sent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
