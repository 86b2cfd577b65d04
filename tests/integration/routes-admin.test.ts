// Units, phones and routes over the real local cloud (issue 11): the preview and a real
// complaint agree; a complaint about a 市政 item goes to the item's 责任单位; a route the
// county sets wins; a real number replaces a demo one; every change is audited.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import type { Res } from '../../core/api/contracts';
import type { CatalogItem } from '../../core/model';

let cloud: TestCloud;
let village: string;
let municipal: CatalogItem[];
let seq = 0;
const cookies = new Map<string, string>();
const as = async (openid: string) => {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
};
const admin = async <T = any>(action: string, data: unknown = {}, who = 'demo-xinjin-admin') =>
  cloud.call<T>('admin', action, data, await as(who)) as Promise<ApiAnswer<T>>;
const submit = async (itemId: string) =>
  ok(
    await cloud.call<Res<'resident', 'complaints.submit'>>(
      'resident',
      'complaints.submit',
      {
        requestId: `route-test-${seq++}-abcdefgh`,
        regionCode: village,
        itemId,
        kind: '投诉举报',
        category: '未按规定公开',
        text: '这个事项一直没有公开，请尽快处理。',
      },
      await as('demo-xinjin-resident'),
    ),
  );

beforeAll(async () => {
  cloud = await startTestCloud();
  village = (await cloud.store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
  municipal = await cloud.store.listCatalogItems('510118', 'municipal_services');
});
afterAll(() => cloud.close());

describe('routes', () => {
  it('市政 items route to their 责任单位; the preview agrees with a real complaint', async () => {
    assert.ok(municipal.length > 0);
    for (const item of municipal) {
      const preview = ok(
        await admin<Res<'admin', 'routes.preview'>>('routes.preview', {
          regionCode: village,
          itemId: item.id,
          category: '未按规定公开',
          kind: '投诉举报',
        }),
      );
      assert.equal(preview.unitId, item.unitId, item.level2);
      assert.equal(preview.reason, '按公开事项的责任单位匹配');
    }
    const zjjItem = municipal.find((i) => i.unitId === '510118-zjj')!;
    const filed = await submit(zjjItem.id);
    const c = (await cloud.store.getComplaint(filed.ticket))!;
    assert.equal(c.unitId, '510118-zjj');
    // Without an item, the domain's starting route answers.
    const byDomain = ok(
      await admin<Res<'admin', 'routes.preview'>>('routes.preview', {
        regionCode: village,
        domain: 'municipal_services',
        category: '未按规定公开',
        kind: '投诉举报',
      }),
    );
    assert.equal(byDomain.unitId, '510118-zhzf');
  });

  it('a route the county sets wins over the item’s unit, and can be deleted; audited', async () => {
    const zjjItem = municipal.find((i) => i.unitId === '510118-zjj')!;
    const route = ok(await admin<Res<'admin', 'routes.put'>>('routes.put', { domain: 'municipal_services', unitId: '510118-zhzf' }));
    const preview = ok(
      await admin<Res<'admin', 'routes.preview'>>('routes.preview', {
        regionCode: village,
        itemId: zjjItem.id,
        category: '未按规定公开',
        kind: '投诉举报',
      }),
    );
    assert.equal(preview.unitId, '510118-zhzf');
    assert.equal(preview.routeId, route.id);
    const filed = await submit(zjjItem.id);
    assert.equal((await cloud.store.getComplaint(filed.ticket))!.unitId, '510118-zhzf');
    const list = ok(await admin<Res<'admin', 'routes.list'>>('routes.list'));
    assert.ok(list.stored && list.routes.some((r) => r.id === route.id));
    ok(await admin('routes.delete', { id: route.id }));
    const back = ok(
      await admin<Res<'admin', 'routes.preview'>>('routes.preview', {
        regionCode: village,
        itemId: zjjItem.id,
        category: '未按规定公开',
        kind: '投诉举报',
      }),
    );
    assert.equal(back.unitId, '510118-zjj');
    const audit = await cloud.store.listAudit(100);
    assert.ok(audit.some((e) => e.action === 'routes.put' && e.target === `route:${route.id}`));
    assert.ok(audit.some((e) => e.action === 'routes.delete' && e.target === `route:${route.id}` && e.after === null));
  });

  it('bad input: INVALID_INPUT in Chinese, nothing changed; others are refused', async () => {
    const before = (await cloud.store.listAudit(100)).length;
    const routes = await cloud.store.listRoutes('510118');
    for (const bad of [
      { unitId: '510118-zjj' },
      { domain: 'nope', unitId: '510118-zjj' },
      { domain: 'municipal_services', unitId: '510118-nope' },
      { townCode: '510822100', unitId: '510118-zjj' },
      { category: '随便', unitId: '510118-zjj' },
    ]) {
      const a = await admin('routes.put', bad);
      // (another county's unit is FORBIDDEN, not a typing mistake: see the authorization matrix)
      assert.ok(!a.ok && a.code === 'INVALID_INPUT' && /[\u4e00-\u9fa5]/.test(a.message), JSON.stringify(bad));
    }
    const a = await admin('units.update', { id: '510118-zjj', phone: 'call me' });
    assert.ok(!a.ok && a.code === 'INVALID_INPUT' && /电话/.test(a.message));
    assert.deepEqual(await cloud.store.listRoutes('510118'), routes);
    assert.equal((await cloud.store.listAudit(100)).length, before);
    const cadre = await admin('routes.put', { domain: 'municipal_services', unitId: '510118-zjj' }, 'demo-xinjin-cadre');
    assert.ok(!cadre.ok && cadre.code === 'FORBIDDEN');
  });
});

describe('units and phones', () => {
  it('a real number replaces a demo one; audited', async () => {
    const before = (await cloud.store.getUnit('510118-zjj'))!;
    assert.equal(before.hotline.demo, true);
    const unit = ok(
      await admin<Res<'admin', 'units.update'>>('units.update', {
        id: '510118-zjj',
        phone: '028-82512345',
        supervisionPhone: '028-82512000',
      }),
    );
    assert.deepEqual(unit.hotline, { number: '028-82512345', demo: false });
    assert.deepEqual(unit.supervisionPhone, { number: '028-82512000', demo: false });
    const entry = (await cloud.store.listAudit(100)).find((e) => e.action === 'units.update' && e.target === 'unit:510118-zjj')!;
    assert.deepEqual((entry.before as typeof before).hotline, before.hotline);
    const other = await admin('units.update', { id: '510822-zjj', phone: '028-82512345' });
    assert.ok(!other.ok && other.code === 'NOT_FOUND');
  });

  it('the audit record exports as CSV with a BOM', async () => {
    const csv = ok(await admin<Res<'admin', 'audit.export'>>('audit.export'));
    assert.ok(csv.csv.startsWith('\uFEFF时间,操作人'));
    assert.ok(csv.rows > 0);
    assert.match(csv.csv, /units\.update/);
  });
});
