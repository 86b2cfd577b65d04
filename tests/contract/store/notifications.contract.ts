// The Store contract for notifications.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { MAX_KEPT_CONSENTS } from '../../../core/store';
import { caseOn, type Open, at, notification, shuffle, ids } from './fixtures';

export function notificationsContract(open: Open): void {
  const test = caseOn(open);

  describe('notifications', () => {
    test('putNotification stores one per id: true, then false, the first kept', async (s) => {
      const n = notification('n1');
      assert.equal(await s.putNotification(n), true);
      assert.equal(await s.putNotification({ ...n, title: '重复', status: 'sent' }), false);
      assert.deepStrictEqual(await s.listNotifications(undefined, 10), [n]);
      const failed = notification('n2', { status: 'failed', error: '43101 user refuse to accept the msg', createdAt: at(4) });
      assert.equal(await s.putNotification(failed), true);
      assert.deepStrictEqual(await s.listNotifications('o-staff', 10), [failed, n]);
    });

    test('concurrent puts of one id store it once', async (s) => {
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => s.putNotification(notification('n1', { title: `t${i}` }))));
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal((await s.listNotifications(undefined, 10)).length, 1);
    });

    test('listNotifications by recipient or all, newest first, ties by id desc', async (s) => {
      const list = [
        notification('n1', { to: 'o-a', createdAt: at(3) }),
        notification('n2', { to: 'o-b', createdAt: at(4) }),
        notification('n3', { to: 'o-a', createdAt: at(4), template: 'answered', body: {} }),
        notification('n4', { to: 'o-a', createdAt: at(4) }),
        notification('n5', { to: 'o-b', createdAt: at(2) }),
      ];
      for (const n of shuffle(list)) assert.equal(await s.putNotification(n), true);
      assert.deepStrictEqual(ids(await s.listNotifications('o-a', 10)), ['n4', 'n3', 'n1']);
      assert.deepStrictEqual(ids(await s.listNotifications('o-b', 10)), ['n2', 'n5']);
      assert.deepStrictEqual(ids(await s.listNotifications(undefined, 10)), ['n4', 'n3', 'n2', 'n1', 'n5']);
      assert.deepStrictEqual(ids(await s.listNotifications(undefined, 2)), ['n4', 'n3']);
      assert.deepStrictEqual(await s.listNotifications('o-nobody', 10), []);
      assert.deepStrictEqual((await s.listNotifications('o-a', 2))[1], list[2]);
    });

    test('subscribe consents: accepts add up (capped), other answers are recorded, each take uses one', async (s) => {
      assert.equal(await s.getConsent('o-a', 'answered'), null);
      assert.equal(await s.takeConsent('o-a', 'answered'), false);
      assert.deepStrictEqual(await s.recordConsent('o-a', 'answered', 'reject', at(3)), {
        openid: 'o-a',
        template: 'answered',
        accepted: 0,
        lastAnswer: 'reject',
        updatedAt: at(3),
      });
      assert.equal(await s.takeConsent('o-a', 'answered'), false);
      await Promise.all([s.recordConsent('o-a', 'answered', 'accept', at(4)), s.recordConsent('o-a', 'answered', 'accept', at(4))]);
      assert.equal((await s.getConsent('o-a', 'answered'))!.accepted, 2);
      assert.equal(await s.getConsent('o-a', 'accepted'), null);
      const takes = await Promise.all([1, 2, 3].map(() => s.takeConsent('o-a', 'answered')));
      assert.equal(takes.filter(Boolean).length, 2);
      assert.deepStrictEqual(await s.getConsent('o-a', 'answered'), {
        openid: 'o-a',
        template: 'answered',
        accepted: 0,
        lastAnswer: 'accept',
        updatedAt: at(4),
      });
      for (let i = 0; i < MAX_KEPT_CONSENTS + 3; i++) await s.recordConsent('o-b', 'new_complaint', 'accept', at(5));
      assert.equal((await s.getConsent('o-b', 'new_complaint'))!.accepted, MAX_KEPT_CONSENTS);
    });
  });
}
