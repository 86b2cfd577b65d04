// Both directions are signed the same way: HMAC-SHA256 with the county's shared secret over
// `<timestamp>.<body>` (the exact bytes sent), hex, in X-Gongkai-Signature, the Unix seconds in
// X-Gongkai-Timestamp. A timestamp more than 5 minutes off is stale: a captured call cannot be
// replayed later (and a replay within the window changes nothing, callbacks being idempotent).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-gongkai-timestamp';
export const SIGNATURE_HEADER = 'x-gongkai-signature';
export const MAX_SKEW_SECONDS = 300;

export function sign(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signedHeaders(secret: string, now: Date, body: string): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: sign(secret, timestamp, body) };
}

export type SignatureCheck = 'ok' | 'missing' | 'stale' | 'bad';

export function checkSignature(
  secret: string,
  now: Date,
  timestamp: string | undefined,
  signature: string | undefined,
  body: string,
): SignatureCheck {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return 'missing';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return 'stale';
  const want = Buffer.from(sign(secret, timestamp, body), 'hex');
  const got = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return got.length === want.length && timingSafeEqual(got, want) ? 'ok' : 'bad';
}
