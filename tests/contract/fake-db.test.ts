// The fake cloud database must refuse what the platform refuses, or the wxcloud store's
// contract run proves nothing about production.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createFakeDb, type FakeDbError } from '../doubles/wx-fake-db';
import type { WxQuery } from '../../stores/wxcloud/types';

const seed = async (db = createFakeDb(), n = 150) => {
  for (let i = 0; i < n; i++) {
    await db
      .collection('items')
      .doc(`i${String(i).padStart(3, '0')}`)
      .set({ data: { n: i, tags: i % 2 ? ['低保', '公示'] : ['扶贫'], meta: { color: i % 3 ? 'red' : 'blue' } } });
  }
  return db;
};

describe('fake cloud database: platform limits', () => {
  it('get returns at most 100 in a function, 100 without a limit, and refuses a limit above 100', async () => {
    const db = await seed();
    const items = db.collection('items');
    assert.equal((await items.get()).data.length, 100);
    assert.equal((await items.limit(100).get()).data.length, 100);
    assert.equal(
      (
        await items
          .where({ n: db.command.gte(140) })
          .limit(100)
          .get()
      ).data.length,
      10,
    );
    await assert.rejects(items.limit(101).get(), (e: FakeDbError) => e.errCode === -501007 && /collection\.get:fail/.test(e.message));
    assert.throws(() => items.limit(1.5));
  });

  it('a result over 1 MB fails with -602001', async () => {
    const db = createFakeDb();
    await db
      .collection('big')
      .doc('a')
      .set({ data: { body: 'x'.repeat(700_000) } });
    await db
      .collection('big')
      .doc('b')
      .set({ data: { body: 'x'.repeat(700_000) } });
    assert.equal((await db.collection('big').limit(1).get()).data.length, 1);
    await assert.rejects(db.collection('big').get(), (e: FakeDbError) => e.errCode === -602001);
  });

  it('doc(id).get() of a missing document throws, unless throwOnNotFound is false', async () => {
    const db = createFakeDb();
    await assert.rejects(
      db.collection('items').doc('nope').get(),
      (e: FakeDbError) => e.errCode === -1 && e.message === 'document.get:fail document with _id nope does not exist',
    );
    assert.deepEqual(await createFakeDb({ throwOnNotFound: false }).collection('items').doc('nope').get(), { data: null });
    assert.deepEqual((await db.collection('items').where({ _id: 'nope' }).limit(1).get()).data, []);
  });

  it('add with an existing _id fails; set and update may not carry _id', async () => {
    const db = createFakeDb();
    assert.deepEqual(await db.collection('items').add({ data: { _id: 'a', n: 1 } }), { _id: 'a' });
    await assert.rejects(db.collection('items').add({ data: { _id: 'a', n: 2 } }), /duplicate key/);
    await assert.rejects(
      db
        .collection('items')
        .doc('a')
        .set({ data: { _id: 'b', n: 2 } }),
      /_id/,
    );
    await assert.rejects(
      db
        .collection('items')
        .doc('a')
        .update({ data: { _id: 'b' } }),
      /_id/,
    );
    assert.deepEqual((await db.collection('items').doc('a').get()).data, { _id: 'a', n: 1 });
    const { _id } = await db.collection('items').add({ data: { n: 3 } });
    assert.match(_id, /^[0-9a-f]{32}$/);
  });

  it('only declared collections exist when collections are given', async () => {
    const db = createFakeDb({ collections: ['items'] });
    await db
      .collection('items')
      .doc('a')
      .set({ data: { n: 1 } });
    await assert.rejects(
      db
        .collection('itmes')
        .doc('a')
        .set({ data: { n: 1 } }),
      (e: FakeDbError) => e.errCode === -502005,
    );
    await assert.rejects(db.collection('itmes').limit(1).get(), (e: FakeDbError) => e.errCode === -502005);
  });

  it('aggregate returns 20 results without a limit stage', async () => {
    const db = await seed(createFakeDb(), 30);
    const $ = db.command.aggregate;
    const all = db
      .collection('items')
      .aggregate()
      .group({ _id: '$n', c: $.sum(1) });
    assert.equal((await all.end()).list.length, 20);
    assert.equal((await all.limit(100).end()).list.length, 30);
    const byColor = await db
      .collection('items')
      .aggregate()
      .match({ n: db.command.lt(6) })
      .group({ _id: '$meta.color', c: $.sum(1) })
      .sort({ _id: 1 })
      .limit(10)
      .end();
    assert.deepEqual(byColor.list, [
      { _id: 'blue', c: 2 },
      { _id: 'red', c: 4 },
    ]);
  });

  it('documents are copied in and out', async () => {
    const db = createFakeDb();
    const data = { n: 1, tags: ['a'] };
    await db.collection('items').doc('a').set({ data });
    data.tags.push('b');
    const got = (await db.collection('items').doc('a').get()).data!;
    (got.tags as string[]).push('c');
    const [listed] = (await db.collection('items').limit(1).get()).data;
    (listed.tags as string[]).push('d');
    assert.deepEqual((await db.collection('items').doc('a').get()).data, { _id: 'a', n: 1, tags: ['a'] });
  });
});

describe('fake cloud database: queries', () => {
  it('translates commands, regexps on array elements, nested objects, order, keyset and projection', async () => {
    const db = await seed(createFakeDb(), 12);
    const _ = db.command;
    const ids = async (q: WxQuery) => (await q.limit(100).get()).data.map((d) => d._id);
    const items = db.collection('items');
    assert.deepEqual(await ids(items.where({ _id: _.in(['i003', 'i005', 'x']) })), ['i003', 'i005']);
    assert.deepEqual(await ids(items.where({ n: _.gt(2), tags: _.all(['低保', '公示']) }).orderBy('n', 'desc')), [
      'i011',
      'i009',
      'i007',
      'i005',
      'i003',
    ]);
    assert.deepEqual(await ids(items.where(_.and([{ n: _.lt(4) }, { tags: db.RegExp({ regexp: '^扶' }) }]))), ['i000', 'i002']);
    assert.deepEqual(await ids(items.where(_.or([{ n: _.eq(1) }, { n: 10 }]))), ['i001', 'i010']);
    assert.deepEqual(await ids(items.where({ meta: { color: 'blue' }, n: _.gte(6) })), ['i006', 'i009']);
    const keyset = _.or([{ n: _.lt(5) }, { n: _.eq(5), _id: _.lt('i005') }]);
    const page = await items.where(keyset).orderBy('n', 'desc').orderBy('_id', 'desc').limit(2).get();
    assert.deepEqual(
      page.data.map((d) => d._id),
      ['i004', 'i003'],
    );
    assert.deepEqual((await items.where({ _id: 'i001' }).field({ tags: false, meta: false }).limit(1).get()).data, [{ _id: 'i001', n: 1 }]);
    assert.deepEqual(await items.where({ tags: '低保' }).count(), { total: 6 });
    assert.equal(
      db.gets.every((g) => g.limit !== undefined),
      true,
    );
  });

  it('update sets the given fields, nested objects field by field', async () => {
    const db = createFakeDb();
    await db
      .collection('items')
      .doc('a')
      .set({ data: { n: 1, meta: { color: 'red', size: 2 } } });
    assert.deepEqual(
      await db
        .collection('items')
        .doc('a')
        .update({ data: { meta: { color: 'blue' }, m: 2 } }),
      { stats: { updated: 1 } },
    );
    assert.deepEqual((await db.collection('items').doc('a').get()).data, { _id: 'a', n: 1, m: 2, meta: { color: 'blue', size: 2 } });
    assert.deepEqual(
      await db
        .collection('items')
        .doc('zz')
        .update({ data: { n: 1 } }),
      { stats: { updated: 0 } },
    );
    assert.deepEqual(await db.collection('items').doc('a').remove(), { stats: { removed: 1 } });
  });
});

describe('fake cloud database: transactions', () => {
  it('commits single-document writes atomically and resolves with the callback value', async () => {
    const db = createFakeDb();
    await db
      .collection('acc')
      .doc('a')
      .set({ data: { v: 10 } });
    await db
      .collection('acc')
      .doc('b')
      .set({ data: { v: 0 } });
    const result = await db.runTransaction(async (tx) => {
      const a = (await tx.collection('acc').doc('a').get()).data!;
      await tx
        .collection('acc')
        .doc('a')
        .update({ data: { v: (a.v as number) - 3 } });
      await tx
        .collection('acc')
        .doc('b')
        .update({ data: { v: 3 } });
      assert.equal((await db.collection('acc').doc('b').get()).data!.v, 0, 'not visible before commit');
      assert.equal((await tx.collection('acc').doc('b').get()).data!.v, 3, 'own writes visible');
      return 'done';
    });
    assert.equal(result, 'done');
    assert.deepEqual((await db.collection('acc').limit(10).get()).data, [
      { _id: 'a', v: 7 },
      { _id: 'b', v: 3 },
    ]);
  });

  it('refuses where/get/count/aggregate inside a transaction, without retrying', async () => {
    const db = createFakeDb();
    await db
      .collection('acc')
      .doc('a')
      .set({ data: { v: 1 } });
    let runs = 0;
    await assert.rejects(
      db.runTransaction(async (tx) => {
        runs++;
        await tx.collection('acc').where({ v: 1 }).limit(1).get();
      }),
      /single-document/,
    );
    assert.equal(runs, 1);
    await assert.rejects(
      db.runTransaction((tx) => tx.collection('acc').where({ v: 1 }).count()),
      /single-document/,
    );
    await assert.rejects(
      db.runTransaction((tx) => tx.collection('acc').aggregate().end()),
      /transaction/,
    );
  });

  it('a second transaction writing a locked document conflicts, retries, then fails; the first commits', async () => {
    const db = createFakeDb();
    await db
      .collection('acc')
      .doc('a')
      .set({ data: { v: 0 } });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let locked = () => {};
    const isLocked = new Promise<void>((r) => (locked = r));
    const first = db.runTransaction(async (tx) => {
      await tx
        .collection('acc')
        .doc('a')
        .set({ data: { v: 1 } });
      locked();
      await held;
    });
    await isLocked;
    let attempts = 0;
    await assert.rejects(
      db.runTransaction(async (tx) => {
        attempts++;
        await tx
          .collection('acc')
          .doc('a')
          .set({ data: { v: 2 } });
      }),
      (e: FakeDbError) => e.code === 'DATABASE_TRANSACTION_CONFLICT',
    );
    assert.equal(attempts, 4, 'first try and 3 retries, as runTransaction(callback, 3)');
    // A plain write waits for the lock instead of failing.
    const plain = db
      .collection('acc')
      .doc('a')
      .update({ data: { w: 1 } });
    release();
    await first;
    await plain;
    assert.deepEqual((await db.collection('acc').doc('a').get()).data, { _id: 'a', v: 1, w: 1 });
  });

  it('a transaction writing a document changed since it began conflicts, and succeeds on retry', async () => {
    const db = createFakeDb();
    await db
      .collection('acc')
      .doc('a')
      .set({ data: { v: 0 } });
    let attempts = 0;
    await db.runTransaction(async (tx) => {
      attempts++;
      const a = (await tx.collection('acc').doc('a').get()).data!;
      if (attempts === 1)
        await db
          .collection('acc')
          .doc('a')
          .set({ data: { v: 100 } });
      await tx
        .collection('acc')
        .doc('a')
        .set({ data: { v: (a.v as number) + 1 } });
    });
    assert.equal(attempts, 2);
    assert.deepEqual((await db.collection('acc').doc('a').get()).data, { _id: 'a', v: 101 });
  });

  it('rollback discards the writes and rejects with the reason', async () => {
    const db = createFakeDb();
    await db
      .collection('acc')
      .doc('a')
      .set({ data: { v: 0 } });
    await assert.rejects(
      db.runTransaction(async (tx) => {
        await tx
          .collection('acc')
          .doc('a')
          .set({ data: { v: 9 } });
        await tx.collection('acc').add({ data: { _id: 'n', v: 1 } });
        await tx.rollback('余额不足');
      }),
      (e) => e === '余额不足',
    );
    assert.deepEqual((await db.collection('acc').limit(10).get()).data, [{ _id: 'a', v: 0 }]);
  });
});

describe('fake cloud database: neq and update commands', () => {
  const doc = async (db: ReturnType<typeof createFakeDb>, id: string) => (await db.collection('items').doc(id).get()).data;

  it('neq matches other values and documents without the field, as Mongo $ne does; neq(null) skips null and missing', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const items = db.collection('items');
    await items.doc('a').set({ data: { v: 1, at: '2025-03-01' } });
    await items.doc('b').set({ data: { v: 2, at: null } });
    await items.doc('c').set({ data: { w: 3 } });
    const ids = async (cond: Record<string, unknown> | object) =>
      (await items.where(cond).orderBy('_id', 'asc').limit(10).get()).data.map((d) => d._id);
    assert.deepEqual(await ids({ v: _.neq(1) }), ['b', 'c']);
    assert.deepEqual(await ids({ at: _.neq(null) }), ['a']);
    assert.deepEqual(await ids({ at: _.and(_.neq(null), _.lte('2025-03-01')) }), ['a']);
    assert.deepEqual(await ids({ at: _.and(_.neq(null), _.lt('2025-03-01')) }), []);
    assert.deepEqual(await items.where({ v: _.neq(9) }).count(), { total: 3 });
  });

  it('_.set replaces a nested object or an array whole, where a plain object updates it field by field', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const a = db.collection('items').doc('a');
    await a.set({ data: { meta: { color: 'red', size: 2 }, tags: ['x', 'y'], n: 1 } });
    await a.update({ data: { meta: { color: 'blue' } } });
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', meta: { color: 'blue', size: 2 }, tags: ['x', 'y'], n: 1 });
    assert.deepEqual(await a.update({ data: { meta: _.set({ color: 'green' }), tags: _.set(['z']), added: _.set({ k: [1] }) } }), {
      stats: { updated: 1 },
    });
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', meta: { color: 'green' }, tags: ['z'], n: 1, added: { k: [1] } });
    // As the SDK serializes the request, the value is taken at the update call, not kept by reference.
    const value = { color: 'black' };
    const cmd = _.set(value);
    value.color = 'white';
    await a.update({ data: { meta: cmd } });
    value.color = 'grey';
    assert.deepEqual((await doc(db, 'a'))!.meta, { color: 'white' });
  });

  it('_.remove deletes a field, nested ones too; removing a missing field is harmless', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const a = db.collection('items').doc('a');
    await a.set({ data: { n: 1, raw: { rows: [['张三']] }, meta: { color: 'red', size: 2 } } });
    assert.deepEqual(await a.update({ data: { raw: _.remove(), meta: { size: _.remove() }, never: _.remove() } }), {
      stats: { updated: 1 },
    });
    const got = (await doc(db, 'a'))!;
    assert.deepEqual(got, { _id: 'a', n: 1, meta: { color: 'red' } });
    assert.equal('raw' in got, false);
    assert.equal('never' in got, false);
    assert.deepEqual(db.dump('items'), [{ _id: 'a', n: 1, meta: { color: 'red' } }]);
  });

  it('_.inc adds to a number, a missing field counting as 0; it refuses a non-number field or step', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const a = db.collection('items').doc('a');
    await a.set({ data: { n: 5, text: 'x', none: null } });
    await a.update({ data: { n: _.inc(2), fresh: _.inc(1), nested: { k: _.inc(3) } } });
    await a.update({ data: { n: _.inc(-1), fresh: _.inc(1) } });
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', n: 6, text: 'x', none: null, fresh: 2, nested: { k: 3 } });
    await assert.rejects(a.update({ data: { text: _.inc(1) } }), /not a number/);
    await assert.rejects(a.update({ data: { none: _.inc(1) } }), /not a number/);
    assert.throws(() => _.inc('1' as unknown as number), TypeError);
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', n: 6, text: 'x', none: null, fresh: 2, nested: { k: 3 } });
  });

  it('_.inc on a missing document updates nothing and creates nothing', async () => {
    const db = createFakeDb({ collections: ['items'] });
    const _ = db.command;
    assert.deepEqual(
      await db
        .collection('items')
        .doc('nope')
        .update({ data: { n: _.inc(1) } }),
      { stats: { updated: 0 } },
    );
    assert.deepEqual(db.dump('items'), []);
  });

  it('concurrent increments all count', async () => {
    const db = createFakeDb();
    const _ = db.command;
    await db
      .collection('items')
      .doc('a')
      .set({ data: { title: 't' } });
    await Promise.all(
      Array.from({ length: 25 }, () =>
        db
          .collection('items')
          .doc('a')
          .update({ data: { n: _.inc(1) } }),
      ),
    );
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', title: 't', n: 25 });
  });

  it('update commands work in a transaction doc update', async () => {
    const db = createFakeDb();
    const _ = db.command;
    await db
      .collection('items')
      .doc('a')
      .set({ data: { n: 1, gone: true } });
    await db.runTransaction(async (tx) => {
      await tx
        .collection('items')
        .doc('a')
        .update({ data: { n: _.inc(1), gone: _.remove(), meta: _.set({ k: 1 }) } });
    });
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', n: 2, meta: { k: 1 } });
  });

  it('where().update() updates every match and answers { stats: { updated } }', async () => {
    const db = await seed(createFakeDb(), 12);
    const _ = db.command;
    const items = db.collection('items');
    assert.deepEqual(await items.where({ n: _.gte(8) }).update({ data: { late: true, n: _.inc(100) } }), { stats: { updated: 4 } });
    assert.deepEqual(
      (await items.where({ late: true }).orderBy('_id', 'asc').limit(10).get()).data.map((d) => d.n),
      [108, 109, 110, 111],
    );
    assert.deepEqual(await items.where({ n: _.gte(1000) }).update({ data: { late: false } }), { stats: { updated: 0 } });
    assert.deepEqual(await items.where({ _id: 'i001', n: 1 }).update({ data: { meta: _.set({ color: 'green' }), tags: _.remove() } }), {
      stats: { updated: 1 },
    });
    assert.deepEqual(await doc(db, 'i001'), { _id: 'i001', n: 1, meta: { color: 'green' } });
    // A condition that no longer holds updates nothing (the conditional, versioned write).
    assert.deepEqual(await items.where({ _id: 'i001', n: 0 }).update({ data: { n: 2 } }), { stats: { updated: 0 } });
    assert.equal((await doc(db, 'i001'))!.n, 1);
    await assert.rejects(items.where({ n: 1 }).update({ data: { _id: 'x' } }), /_id/);
    await assert.rejects(items.where({ n: 1 }).update({ data: {} }), (e: FakeDbError) => e.errCode === -501007);
  });

  it('conditional where().update() races: of many updates from one version, exactly one wins', async () => {
    const db = createFakeDb();
    await db
      .collection('items')
      .doc('a')
      .set({ data: { version: 1, by: 'nobody' } });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db
          .collection('items')
          .where({ _id: 'a', version: 1 })
          .update({ data: { version: 2, by: `w${i}` } }),
      ),
    );
    const winners = results.map((r, i) => (r.stats.updated === 1 ? i : -1)).filter((i) => i >= 0);
    assert.equal(winners.length, 1);
    assert.equal(
      results.reduce((sum, r) => sum + r.stats.updated, 0),
      1,
    );
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', version: 2, by: `w${winners[0]}` });
  });

  it('where().update() is refused in a transaction', async () => {
    const db = createFakeDb();
    await db
      .collection('items')
      .doc('a')
      .set({ data: { n: 1 } });
    await assert.rejects(
      db.runTransaction((tx) =>
        tx
          .collection('items')
          .where({ n: 1 })
          .update({ data: { n: 2 } }),
      ),
      /single-document/,
    );
    assert.equal((await doc(db, 'a'))!.n, 1);
  });

  it('update commands are refused in set and add, nested ones too, and nothing is written', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const items = db.collection('items');
    await items.doc('a').set({ data: { n: 1 } });
    const refused = (e: FakeDbError) => e.errCode === -501007 && /update commands are not allowed/.test(e.message);
    await assert.rejects(items.doc('a').set({ data: { n: _.inc(1) } }), refused);
    await assert.rejects(items.doc('a').set({ data: { meta: { color: _.set('red') } } }), refused);
    await assert.rejects(items.doc('b').set({ data: { gone: _.remove() } }), refused);
    await assert.rejects(items.add({ data: { _id: 'c', n: _.inc(1) } }), refused);
    await assert.rejects(items.add({ data: { list: [{ x: _.set(1) }] } }), refused);
    await assert.rejects(
      db.runTransaction((tx) => tx.collection('items').add({ data: { _id: 'd', n: _.inc(1) } })),
      refused,
    );
    assert.deepEqual(db.dump('items'), [{ _id: 'a', n: 1 }]);
  });

  it('query commands are refused in update data, update commands in where', async () => {
    const db = createFakeDb();
    const _ = db.command;
    const items = db.collection('items');
    await items.doc('a').set({ data: { n: 1 } });
    await assert.rejects(items.doc('a').update({ data: { n: _.gt(1) } }), /not an update command/);
    await assert.rejects(items.where({ n: 1 }).update({ data: { n: _.neq(2) } }), /not an update command/);
    assert.throws(() => items.where({ n: _.inc(1) }), /not a query command/);
    assert.throws(() => items.where({ n: _.remove() }), /not a query command/);
    assert.deepEqual(await doc(db, 'a'), { _id: 'a', n: 1 });
  });
});
