// The Store contract for the 12345 hand-off: a county's configuration, and the outbox of 工单
// (one row per complaint, due rows in order, versioned updates, lookup by the 12345 工单号).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { HotlineConfig, HotlineDelivery } from '../../../core/hotline/model';
import { caseOn, type Open, at, shuffle, ids } from './fixtures';

const config = (countyCode: string, extra: Partial<HotlineConfig> = {}): HotlineConfig => ({
  countyCode,
  enabled: true,
  endpoint: 'https://12345.example.cn/orders',
  secret: 'a-secret-of-sixteen-or-more',
  kinds: ['投诉举报'],
  categories: [],
  updatedAt: at(3),
  updatedBy: 'o-admin',
  ...extra,
});

export const delivery = (id: string, extra: Partial<HotlineDelivery> = {}): HotlineDelivery => ({
  id,
  countyCode: '510118',
  status: 'pending',
  order: {
    ticket: id,
    kind: '投诉举报',
    category: '其他',
    text: '村务公开栏长期未更新',
    region: { code: '510118101001', name: '花源街道白云村', countyCode: '510118', countyName: '新津区' },
    unit: { id: 'U1', name: '区民政局' },
    deadline: at(20),
    acceptDeadline: at(5),
    source: '基层政务公开小程序',
    filedAt: at(3),
    anonymous: true,
    photos: 0,
  },
  attempts: 0,
  nextAttemptAt: at(3),
  createdAt: at(3),
  version: 1,
  ...extra,
});

export function hotlineContract(open: Open): void {
  const test = caseOn(open);

  describe('hotline', () => {
    test('a county’s configuration: none, then the last put', async (s) => {
      assert.equal(await s.getHotlineConfig('510118'), null);
      await s.putHotlineConfig(config('510118'));
      await s.putHotlineConfig(config('510118', { enabled: false, kinds: [] }));
      await s.putHotlineConfig(config('510822'));
      assert.deepStrictEqual(await s.getHotlineConfig('510118'), config('510118', { enabled: false, kinds: [] }));
      assert.deepStrictEqual(await s.getHotlineConfig('510822'), config('510822'));
    });

    test('enqueueHotline stores one row per complaint, the first kept, even when concurrent', async (s) => {
      assert.equal(await s.enqueueHotline(delivery('T1')), true);
      assert.equal(await s.enqueueHotline(delivery('T1', { attempts: 5 })), false);
      const results = await Promise.all(Array.from({ length: 5 }, () => s.enqueueHotline(delivery('T2'))));
      assert.equal(results.filter(Boolean).length, 1);
      assert.deepStrictEqual(await s.getHotlineDelivery('T1'), delivery('T1'));
      assert.equal(await s.getHotlineDelivery('T3'), null);
    });

    test('listHotlineDue: pending rows whose time has come, earliest first', async (s) => {
      const rows = [
        delivery('T1', { nextAttemptAt: at(5) }),
        delivery('T2', { nextAttemptAt: at(4) }),
        delivery('T3', { nextAttemptAt: at(4) }),
        delivery('T4', { nextAttemptAt: at(9) }),
        delivery('T5', { nextAttemptAt: at(1), status: 'delivered', hotlineTicket: 'SC-1', deliveredAt: at(1) }),
      ];
      for (const r of shuffle(rows)) await s.enqueueHotline(r);
      assert.deepStrictEqual(ids(await s.listHotlineDue(at(5), 10)), ['T2', 'T3', 'T1']);
      assert.deepStrictEqual(ids(await s.listHotlineDue(at(5), 2)), ['T2', 'T3']);
      assert.deepStrictEqual(await s.listHotlineDue(at(2), 10), []);
    });

    test('updateHotlineDelivery replaces only the version read; absent fields go', async (s) => {
      await s.enqueueHotline(delivery('T1'));
      const failed = delivery('T1', { attempts: 1, lastError: 'HTTP 500', nextAttemptAt: at(6), version: 2 });
      assert.equal(await s.updateHotlineDelivery(failed, 1), true);
      assert.equal(await s.updateHotlineDelivery({ ...failed, attempts: 9, version: 3 }, 1), false, 'a stale version writes nothing');
      const done = delivery('T1', { attempts: 2, status: 'delivered', hotlineTicket: 'SC-9', deliveredAt: at(7), version: 3 });
      assert.equal(await s.updateHotlineDelivery(done, 2), true);
      assert.deepStrictEqual(await s.getHotlineDelivery('T1'), done);
      assert.deepStrictEqual(await s.listHotlineDue(at(30), 10), []);
      assert.deepStrictEqual(await s.findHotlineDeliveryByTicket('SC-9'), done);
      assert.equal(await s.findHotlineDeliveryByTicket('SC-0'), null);
    });
  });
}
