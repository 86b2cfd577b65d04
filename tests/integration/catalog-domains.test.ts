// The admin's view of the catalog and a county's own domain (issue 11 part 2): catalog.list
// shows every item of a domain, retired ones too (the resident catalog hides those); an added
// domain raises the county's domains version, is audited, takes county items (residents see it once
// their function's county cache, a minute, runs out); a second domain of the same name is refused; another county sees nothing of it.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import { addDomain } from '../../core/catalog/admin-service';

let cloud: TestCloud;
let county: TestCounty;
let other: TestCounty;
let admin: Account;
let otherAdmin: Account;
const cookies = new Map<string, string>();
const call = async <T = any>(who: Account, action: string, data: unknown = {}) => {
  if (!cookies.has(who.openid)) cookies.set(who.openid, await loginAs(cloud, who));
  return cloud.call<T>('admin', action, data, cookies.get(who.openid)) as Promise<ApiAnswer<T>>;
};

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 1, villagesPerTown: 1 });
  other = await createCounty(cloud.store, { towns: 1, villagesPerTown: 1 });
  admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
  otherAdmin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [other.code] });
});
afterAll(() => cloud.close());

describe('catalog.list (admin)', () => {
  it('lists the domain’s items with the retired ones, which the resident catalog hides', async () => {
    const items = county.items.filter((i) => i.domain === 'disaster_relief');
    ok(await call(admin, 'catalog.retire', { itemId: items[0].id }));
    const list = ok(await call<Res<'admin', 'catalog.list'>>(admin, 'catalog.list', { domain: 'disaster_relief' }));
    assert.equal(list.domains.length, 9);
    assert.deepStrictEqual(
      list.items.map((i) => i.id),
      items.map((i) => i.id),
    );
    assert.ok(list.items[0].retired);
    const resident = ok(
      await cloud.call<Res<'public', 'catalog.list'>>('public', 'catalog.list', { regionCode: county.code, domain: 'disaster_relief' }),
    );
    assert.ok(!resident.entries.some((e) => e.item.id === items[0].id));
  });
});

describe('catalog.addDomain', () => {
  it('adds a domain: version 2, audited, and it takes county items', async () => {
    const added = ok(
      await call<Res<'admin', 'catalog.addDomain'>>(admin, 'catalog.addDomain', {
        name: '农村集体资产管理',
        shortName: '集体资产',
        summary: '村集体的资产、资源、资金怎么管、收益怎么分，都在这里公开，村民可以核对。',
      }),
    );
    assert.equal(added.domainsVersion, 2);
    assert.match(added.domain.id, /^local_[a-z]+$/);
    assert.equal(added.domain.order, 10);
    const audit = await cloud.store.listAudit(10, undefined, county.code);
    assert.ok(audit.some((e) => e.action === 'catalog.addDomain' && e.actor === admin.openid));

    const item = ok(
      await call<Res<'admin', 'catalog.add'>>(admin, 'catalog.add', {
        domain: added.domain.id,
        level1: '集体资产',
        level2: '集体资产清产核资结果',
        summary: '这里公开村集体有哪些资产、值多少钱，村民可以核对有没有遗漏。',
        contents: ['资产清单', '核资结果'],
        basis: ['《农村集体经济组织财务制度》'],
        timeLimit: { trigger: '信息形成之日', days: 20, dayKind: 'working' },
        updateCycle: { unit: 'year', every: 1, text: '每年' },
        channels: ['公示栏'],
        unitId: county.openGov.id,
        responsiblePerson: { name: '李文华', post: '主任' },
        audience: '全社会',
        mode: '主动',
        levels: ['village'],
      }),
    );
    assert.equal(item.domain, added.domain.id);
    const list = ok(await call<Res<'admin', 'catalog.list'>>(admin, 'catalog.list', { domain: added.domain.id }));
    assert.deepStrictEqual(
      list.items.map((i) => i.id),
      [item.id],
    );
    const second = ok(
      await call<Res<'admin', 'catalog.addDomain'>>(admin, 'catalog.addDomain', {
        name: '村级工程项目',
        summary: '村里修路、修渠等工程项目的预算、施工单位和验收结果都在这里公开。',
      }),
    );
    assert.equal(second.domainsVersion, 3);
    assert.notEqual(second.domain.id, added.domain.id);
    assert.equal(second.domain.shortName, '村级工程项目');
    assert.equal((await cloud.store.getCounty(county.code))!.domains.length, 11);
  });

  it('two admins adding at once never lose one: each added domain is there, or its admin heard CONFLICT', async () => {
    // Over the cloud database both reads can come before either write; here each read waits a
    // turn, as a network read would, so the two requests interleave that way.
    const slow = new Proxy(cloud.store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop === 'getCounty')
          return async (code: string) => {
            const c = await target.getCounty(code);
            await new Promise((resolve) => setTimeout(resolve, 20));
            return c;
          };
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const second = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
    const before = (await cloud.store.getCounty(county.code))!.domains.length;
    const names = ['村级财务公开', '村务监督委员会'];
    const deps = { store: slow, clock: { now: () => new Date() } };
    const answers = await Promise.allSettled(
      names.map((name, i) =>
        addDomain(deps, { openid: [admin, second][i].openid, account: [admin, second][i] }, { name, summary: `${name}：同时新增的领域。` }),
      ),
    );
    const after = (await cloud.store.getCounty(county.code))!;
    for (const [i, a] of answers.entries()) {
      if (a.status === 'fulfilled')
        assert.ok(
          after.domains.some((d) => d.name === names[i]),
          `${names[i]} answered ok but is missing`,
        );
      else assert.equal((a.reason as { code: string }).code, 'CONFLICT');
    }
    assert.equal(after.domains.length, before + answers.filter((a) => a.status === 'fulfilled').length);
    assert.ok(answers.some((a) => a.status === 'fulfilled'));
  });

  it('the same name twice is CONFLICT; bad input INVALID_INPUT in Chinese; another county is untouched', async () => {
    const again = await call(admin, 'catalog.addDomain', { name: '农村集体资产管理', summary: '重复的领域，应当被拒绝，不能再加一次。' });
    assert.ok(!again.ok && again.code === 'CONFLICT');
    const bad = await call(admin, 'catalog.addDomain', { name: '', summary: '说明' });
    assert.ok(!bad.ok && bad.code === 'INVALID_INPUT' && /领域/.test(bad.message));
    const theirs = ok(await call<Res<'admin', 'catalog.list'>>(otherAdmin, 'catalog.list', {}));
    assert.equal(theirs.domains.length, 9);
    assert.deepStrictEqual(theirs.items, []);
    const relief = ok(await call<Res<'admin', 'catalog.list'>>(otherAdmin, 'catalog.list', { domain: 'disaster_relief' }));
    assert.ok(relief.items.length > 0 && relief.items.every((i) => i.countyCode === other.code && !i.retired));
  });
});
