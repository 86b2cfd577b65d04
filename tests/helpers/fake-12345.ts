// A fake provincial 12345 system for the tests: a real HTTP server on an ephemeral port that
// takes 工单 (POST), records every request as received, answers 500 to the next `failNext(n)`
// ones, and 200 with its own 工单号 to the rest. Also signs callbacks as 12345 would.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signedHeaders } from '../../core/hotline/signature';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** What the fake answered. */
  status: number;
  hotlineTicket?: string;
}

export interface Fake12345 {
  url: string;
  received: Received[];
  /** The requests it answered with 2xx. */
  accepted(): Received[];
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startFake12345(): Promise<Fake12345> {
  const received: Received[] = [];
  let failures = 0;
  let seq = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (failures > 0) {
        failures--;
        received.push({ headers: req.headers, body, status: 500 });
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"busy"}');
        return;
      }
      const hotlineTicket = `SC12345-${String(++seq).padStart(6, '0')}`;
      received.push({ headers: req.headers, body, status: 200, hotlineTicket });
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ code: 0, data: { 工单号: hotlineTicket } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/orders`,
    received,
    accepted: () => received.filter((r) => r.status === 200),
    failNext(n) {
      failures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A callback as 12345 sends it: the body and its signed headers (at `now`, with `secret`). */
export function signedCallback(secret: string, now: Date, payload: unknown): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify(payload);
  return { headers: { 'content-type': 'application/json', ...signedHeaders(secret, now, body) }, body };
}
