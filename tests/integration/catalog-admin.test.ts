// 动态调整 of the catalog over the real local cloud (issue 11 part 2): the county 政务公开办
// edits an item (version 2, history with before -> after, audited), the public catalog.get shows
// it while a disclosure published under version 1 still names version 1; a county item is
// added; a retired item leaves the resident catalog while its disclosures stay readable; bad
// input is INVALID_INPUT.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { AuditEntry } from '../../core/audit';

let cloud: TestCloud;
let county: TestCounty;
let adminAccount: Account;
let cookie: string;
const admin = async <T = any>(action: string, data: unknown = {}) => cloud.call<T>('admin', action, data, cookie) as Promise<ApiAnswer<T>>;
const pub = async <T = any>(action: string, data: unknown = {}) => ok(await cloud.call<T>('public', action, data));

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 1, villagesPerTown: 1 });
  adminAccount = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
  cookie = await loginAs(cloud, adminAccount);
});
afterAll(() => cloud.close());

describe('catalog.update', () => {
  it('makes version 2 with its history; catalog.get shows it; an older disclosure names version 1', async () => {
    const disclosure = await createDisclosure(cloud.store, county, { domain: 'rural_housing_renovation' });
    const item = county.items.find((i) => i.id === disclosure.itemId)!;
    assert.equal(item.version, 1);
    const updated = ok(
      await admin<Res<'admin', 'catalog.update'>>('catalog.update', {
        itemId: item.id,
        timeLimit: { trigger: '信息形成之日', days: 10, dayKind: 'working' },
        responsiblePerson: { name: '王建国', post: '副局长' },
        channels: ['政府网站', '公示栏'],
        consultPhone: '028-82512345',
      }),
    );
    assert.equal(updated.version, 2);
    assert.equal(updated.timeLimit.text, '信息形成之日起10个工作日内');
    assert.deepStrictEqual(updated.consultPhone, { number: '028-82512345', demo: false });

    const { item: shown } = await pub<Res<'public', 'catalog.get'>>('catalog.get', { id: item.id });
    assert.equal(shown.version, 2);
    assert.deepStrictEqual(shown.responsiblePerson, { name: '王建国', post: '副局长' });
    const view = await pub<Res<'public', 'disclosures.get'>>('disclosures.get', { id: disclosure.id });
    assert.equal(view.itemVersion, 1);

    const { history } = ok(await admin<Res<'admin', 'catalog.history'>>('catalog.history', { itemId: item.id }));
    assert.equal(history.length, 1);
    assert.equal(history[0].version, 2);
    assert.equal(history[0].actor, adminAccount.openid);
    const limit = history[0].changes.find((c) => c.field === 'timeLimit')!;
    assert.equal(limit.label, '公开时限');
    assert.deepStrictEqual(limit.before, item.timeLimit);
    assert.equal((limit.after as { days: number }).days, 10);
    assert.deepStrictEqual(history[0].changes.map((c) => c.field).sort(), ['channels', 'consultPhone', 'responsiblePerson', 'timeLimit']);
    const audit = ok(await admin<{ items: AuditEntry[] }>('audit.list', {})).items;
    assert.ok(audit.some((e) => e.action === 'catalog.update' && e.target === `catalog:${item.id}`));
  });

  it('refuses bad input with INVALID_INPUT', async () => {
    const item = county.items[1];
    for (const bad of [
      { itemId: item.id, timeLimit: { trigger: '信息形成之日', days: 0, dayKind: 'working' } },
      { itemId: item.id, timeLimit: { trigger: '信息形成之日', days: '二十', dayKind: 'working' } },
      { itemId: item.id, contents: [] },
      { itemId: item.id, responsiblePerson: { name: '王' } },
      { itemId: item.id, unitId: 'nope' },
      { itemId: item.id },
    ]) {
      const a = await admin('catalog.update', bad);
      assert.ok(!a.ok && a.code === 'INVALID_INPUT', JSON.stringify(bad));
    }
    const other = await cloud.call('admin', 'catalog.update', { itemId: item.id, level2: '改个名字' });
    assert.ok(!other.ok);
  });
});

describe('catalog.add and catalog.retire', () => {
  it('adds a county item (version 1) that the resident catalog lists; a retired item leaves it, its disclosures stay', async () => {
    const village = county.villages[0].code;
    const added = ok(
      await admin<Res<'admin', 'catalog.add'>>('catalog.add', {
        domain: 'rural_housing_renovation',
        level1: '农村危房改造',
        level2: '本县农房抗震改造补助名单',
        summary: '本县自己加的公开事项：抗震改造补助给了谁。',
        contents: ['补助对象', '补助标准'],
        basis: ['本县农房抗震改造实施方案'],
        timeLimit: { trigger: '名单确定之日', days: 5, dayKind: 'working' },
        updateCycle: { unit: 'year', every: 1, text: '每年更新' },
        channels: ['公示栏'],
        unitId: county.openGov.id,
        responsiblePerson: { name: '李明', post: '主任' },
        audience: '全社会',
        mode: '主动',
        levels: ['village'],
      }),
    );
    assert.equal(added.version, 1);
    const list = () => pub<Res<'public', 'catalog.list'>>('catalog.list', { regionCode: village, domain: 'rural_housing_renovation' });
    assert.ok((await list()).entries.some((e) => e.item.id === added.id));

    const disclosure = await createDisclosure(cloud.store, county, {
      regionCode: village,
      itemId: county.items.find((i) => i.domain === 'rural_housing_renovation' && i.levels.includes('village'))!.id,
    });
    const retired = ok(await admin<Res<'admin', 'catalog.retire'>>('catalog.retire', { itemId: disclosure.itemId }));
    assert.ok(retired.retired);
    assert.ok(!(await list()).entries.some((e) => e.item.id === disclosure.itemId));
    const view = await pub<Res<'public', 'disclosures.get'>>('disclosures.get', { id: disclosure.id });
    assert.equal(view.item?.id, disclosure.itemId);
    const again = await admin('catalog.update', { itemId: disclosure.itemId, level2: '停用后再改' });
    assert.ok(!again.ok && again.code === 'CONFLICT');
  });
});
