import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { publicityView, toView } from '../../core/disclosures/public-view';
import { itemState, nextDueDate } from '../../core/catalog/state';
import type { CatalogItem, Disclosure } from '../../core/model';

const at = (iso: string) => new Date(iso);

test('a 公示 counts days left in Shanghai, including today', () => {
  const p = { start: '2026-11-23', end: '2026-11-29' };
  // 2026-11-25 20:00 UTC is already the 26th in Shanghai
  assert.deepEqual(publicityView(p, at('2026-11-25T20:00:00Z')), { ...p, daysLeft: 4, state: '公示中' });
  assert.equal(publicityView(p, at('2026-11-29T15:00:00Z'))?.state, '公示中'); // 23:00 on the last day
  assert.equal(publicityView(p, at('2026-11-29T16:00:00Z'))?.state, '公示期满');
  assert.equal(publicityView(p, at('2026-11-20T00:00:00Z'))?.state, '未开始');
});

const item = (unit: CatalogItem['updateCycle']['unit'], every = 1) => ({ id: 'i', updateCycle: { unit, every, text: '' } }) as CatalogItem;
const disclosure = (publishedAt: string, extra: Partial<Disclosure> = {}) =>
  ({ id: 'd', itemId: 'i', publishedAt, attachments: [], ...extra }) as Disclosure;

test('an item is overdue only once its update cycle has run out', () => {
  assert.equal(nextDueDate(item('quarter'), '2026-08-31'), '2026-11-30');
  assert.equal(nextDueDate(item('month'), '2026-01-31'), '2026-02-28');
  assert.equal(nextDueDate(item('event'), '2026-01-31'), null);
  const now = at('2026-11-26T02:00:00Z');
  assert.equal(itemState(item('quarter'), disclosure('2026-08-31T02:00:00Z'), now).state, '已公开');
  assert.equal(itemState(item('month'), disclosure('2026-08-31T02:00:00Z'), now).state, '逾期未更新');
  assert.equal(itemState(item('event'), disclosure('2020-01-01T02:00:00Z'), now).state, '已公开');
  assert.equal(itemState(item('month'), null, now).state, '暂无');
});

test('a list of people is withdrawn from the public view after its period, other tables stay', () => {
  const table = { columns: ['姓名'], rows: [['张*']], personal: true };
  const d = disclosure('2026-11-01T00:00:00Z', { table, publicity: { start: '2026-11-01', end: '2026-11-07' } });
  const during = toView(d, null, at('2026-11-05T00:00:00Z'));
  assert.deepEqual(during.table, table);
  const afterEnd = toView(d, null, at('2026-11-08T00:00:00Z'));
  assert.equal(afterEnd.table, undefined);
  assert.ok(afterEnd.tableNote);
  assert.equal(afterEnd.hasTable, false);
  const plain = toView({ ...d, table: { ...table, personal: false } }, null, at('2026-11-08T00:00:00Z'));
  assert.ok(plain.table);
});
