// The HotlineTransport over node:http(s) (the cloud's oldest runtime, Node 16, has no fetch),
// with a timeout shorter than the outbox's claim lease so a slow 12345 never gets a row sent
// twice. Redirects are not followed: the configured URL is the one trusted with the 工单.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HotlineTransport } from '../../core/hotline/ports';

export const HOTLINE_TIMEOUT_MS = 15_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export function httpTransport(timeoutMs = HOTLINE_TIMEOUT_MS): HotlineTransport {
  return {
    post(url, headers, body) {
      return new Promise((resolve, reject) => {
        const u = new URL(url);
        const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
        const payload = Buffer.from(body, 'utf8');
        const req = send(
          u,
          { method: 'POST', headers: { ...headers, 'content-length': String(payload.length) }, timeout: timeoutMs },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on('data', (c: Buffer) => {
              size += c.length;
              if (size <= MAX_ANSWER_BYTES) chunks.push(c);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(payload);
      });
    },
  };
}
