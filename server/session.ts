// The local cloud's stand-in for getWXContext().OPENID: a signed cookie set by
// POST /api/dev/login. Handlers only ever see the openid this verifies.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'gk_session';

export function createSessionSigner(secret: string = randomBytes(32).toString('hex')) {
  const sign = (openid: string) => createHmac('sha256', secret).update(openid).digest('base64url');
  return {
    issue(openid: string): string {
      return `${Buffer.from(openid).toString('base64url')}.${sign(openid)}`;
    },
    verify(token: string | undefined): string | null {
      if (!token) return null;
      const [encoded, mac] = token.split('.');
      if (!encoded || !mac) return null;
      const openid = Buffer.from(encoded, 'base64url').toString('utf8');
      const expected = Buffer.from(sign(openid));
      const given = Buffer.from(mac);
      return expected.length === given.length && timingSafeEqual(expected, given) ? openid : null;
    },
  };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
