// The 12345 hand-off's pure parts: the signature both ways, the back-off, reading the 12345
// 工单号 from its answer, and which complaints a county's bridge sends.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { checkSignature, sign, signedHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../core/hotline/signature';
import { backoffMs, hotlineTicketOf } from '../../core/hotline/outbox';
import { hotlineApplies, type HotlineConfig } from '../../core/hotline/model';

const SECRET = 'sixteen-chars-secret';
const NOW = new Date('2026-11-26T02:00:00Z');

describe('signature', () => {
  it('is HMAC-SHA256 over `<timestamp>.<body>`, hex', () => {
    // Reference value: printf '1764122400.{"a":1}' | openssl dgst -sha256 -hmac sixteen-chars-secret
    assert.equal(sign(SECRET, '1764122400', '{"a":1}'), '14e09b8f2f2c40edabcb54c53f03af1bc8e4418c2d7f07c4d04f52ad4e23e80a');
    assert.notEqual(sign(SECRET, '1764122400', '{"a":1}'), sign(SECRET, '1764122401', '{"a":1}'));
    const h = signedHeaders(SECRET, NOW, '{"a":1}');
    assert.equal(h[TIMESTAMP_HEADER], String(NOW.getTime() / 1000));
    assert.equal(checkSignature(SECRET, NOW, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], '{"a":1}'), 'ok');
  });

  it('refuses another body, another secret, a missing or stale timestamp', () => {
    const h = signedHeaders(SECRET, NOW, '{"a":1}');
    assert.equal(checkSignature(SECRET, NOW, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], '{"a":2}'), 'bad');
    assert.equal(checkSignature('another-secret-0000', NOW, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], '{"a":1}'), 'bad');
    assert.equal(checkSignature(SECRET, NOW, h[TIMESTAMP_HEADER], 'zz', '{"a":1}'), 'bad');
    assert.equal(checkSignature(SECRET, NOW, undefined, h[SIGNATURE_HEADER], '{"a":1}'), 'missing');
    assert.equal(checkSignature(SECRET, NOW, h[TIMESTAMP_HEADER], undefined, '{"a":1}'), 'missing');
    const later = new Date(NOW.getTime() + 301_000);
    assert.equal(checkSignature(SECRET, later, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], '{"a":1}'), 'stale');
    assert.equal(checkSignature(SECRET, new Date(NOW.getTime() + 299_000), h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], '{"a":1}'), 'ok');
  });
});

describe('outbox', () => {
  it('backs off 1, 2, 4 … minutes, at most 6 hours', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => backoffMs(n) / 60_000),
      [1, 2, 4, 8],
    );
    assert.equal(backoffMs(30), 6 * 3600_000);
  });

  it('reads the 12345 工单号 however the answer nests it, and nothing from a non-JSON answer', () => {
    assert.equal(hotlineTicketOf('{"工单号":"SC-1"}'), 'SC-1');
    assert.equal(hotlineTicketOf('{"code":0,"data":{"orderNo":20261126001}}'), '20261126001');
    assert.equal(hotlineTicketOf('OK'), undefined);
    assert.equal(hotlineTicketOf('{"code":0}'), undefined);
  });

  it('sends a complaint only when the bridge is on, complete, and its kind and category are chosen', () => {
    const cfg: HotlineConfig = {
      countyCode: '510118',
      enabled: true,
      endpoint: 'https://12345.example.cn',
      secret: SECRET,
      kinds: ['投诉举报'],
      categories: [],
      updatedAt: '',
      updatedBy: '',
    };
    const c = { kind: '投诉举报', category: '其他' } as const;
    assert.equal(hotlineApplies(cfg, c), true);
    assert.equal(hotlineApplies(cfg, { ...c, kind: '咨询' }), false);
    assert.equal(hotlineApplies({ ...cfg, kinds: [] }, { ...c, kind: '咨询' }), true);
    assert.equal(hotlineApplies({ ...cfg, categories: ['泄露个人信息'] }, c), false);
    assert.equal(hotlineApplies({ ...cfg, enabled: false }, c), false);
    assert.equal(hotlineApplies({ ...cfg, secret: '' }, c), false);
    assert.equal(hotlineApplies(null, c), false);
  });
});
