import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { DEFAULT_DOMAINS } from '../../core/catalog/domains';
import { CATALOG_TEMPLATE } from '../../core/catalog/template';

const PILOTS: Array<{ code: string; name: string; area: string; kind: '区' | '县' | '市' }> = [
  { code: '510118', name: '新津区', area: '028', kind: '区' },
  { code: '510403', name: '西区', area: '0812', kind: '区' },
  { code: '510522', name: '合江县', area: '0830', kind: '县' },
  { code: '510682', name: '什邡市', area: '0838', kind: '市' },
  { code: '510723', name: '盐亭县', area: '0816', kind: '县' },
  { code: '510822', name: '青川县', area: '0839', kind: '县' },
  { code: '511781', name: '万源市', area: '0818', kind: '市' },
  { code: '513401', name: '西昌市', area: '0834', kind: '市' },
];

const nonEmpty = (s: string | undefined): boolean => typeof s === 'string' && s.trim().length > 0;

test('the 9 domains of the 指引, in its order, with stable slugs', () => {
  assert.deepEqual(
    DEFAULT_DOMAINS.map((d) => d.id),
    [
      'land_acquisition',
      'housing_expropriation',
      'affordable_housing',
      'rural_housing_renovation',
      'disaster_relief',
      'poverty_alleviation',
      'municipal_services',
      'public_resource_trading',
      'compulsory_education',
    ],
  );
  assert.deepEqual(
    DEFAULT_DOMAINS.map((d) => d.order),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  for (const d of DEFAULT_DOMAINS) {
    assert.ok(nonEmpty(d.name) && nonEmpty(d.shortName) && nonEmpty(d.summary), d.id);
  }
  assert.equal(DEFAULT_DOMAINS[0].name, '征收集体土地征地补偿');
});

test('template: every domain has 6–12 items, unique ids, ending with 行政权力行使情况', () => {
  const ids = new Set<string>();
  for (const t of CATALOG_TEMPLATE) {
    assert.ok(!ids.has(t.templateId), `duplicate ${t.templateId}`);
    ids.add(t.templateId);
    assert.match(t.templateId, new RegExp(`^${t.domain}-\\d{2}$`));
  }
  for (const d of DEFAULT_DOMAINS) {
    const items = CATALOG_TEMPLATE.filter((t) => t.domain === d.id).sort((a, b) => a.order - b.order);
    assert.ok(items.length >= 6 && items.length <= 12, `${d.id} has ${items.length} items`);
    assert.equal(items[items.length - 1].level1, '行政权力行使情况', d.id);
    assert.deepEqual(
      items.map((i) => i.order),
      items.map((_, k) => k + 1),
      `${d.id} orders run 1..n`,
    );
  }
});

test('template: publicity periods follow the known rules', () => {
  const byId = new Map(CATALOG_TEMPLATE.map((t) => [t.templateId, t]));
  const days = (id: string) => byId.get(id)?.publicityDays;
  assert.equal(days('land_acquisition-07')?.days, 30); // 征地补偿安置方案 ≥ 30 日
  assert.deepEqual([days('land_acquisition-03')?.days, days('land_acquisition-03')?.dayKind], [10, 'working']); // 预公告
  assert.equal(days('housing_expropriation-04')?.days, 30); // 补偿方案征求意见
  assert.equal(days('poverty_alleviation-08')?.days, 10); // 扶贫项目 ≥ 10 天
  assert.equal(days('poverty_alleviation-07')?.days, 7); // 建档立卡名单
  assert.equal(days('rural_housing_renovation-05')?.days, 7); // 危改村级评议
  // Village 公示栏 items are where villagers see them.
  for (const id of ['poverty_alleviation-07', 'rural_housing_renovation-05']) {
    const t = byId.get(id)!;
    assert.ok(t.levels.includes('village') && t.channels.includes('公示栏'), id);
  }
  // Policies are published by the county.
  for (const t of CATALOG_TEMPLATE.filter((x) => x.level1 === '政策文件')) assert.ok(t.levels.includes('county'), t.templateId);
});

for (const p of PILOTS) {
  test(`catalog of ${p.name}: every item has all the standard elements`, () => {
    const { county, units, items } = buildCountyCatalog(p);
    const unitIds = new Set(units.map((u) => u.id));
    assert.equal(items.length, CATALOG_TEMPLATE.length);
    const ids = new Set(items.map((i) => i.id));
    assert.equal(ids.size, items.length, 'item ids are unique');
    for (const item of items) {
      const where = item.id;
      assert.equal(item.id, `${p.code}-${item.templateId}`);
      assert.equal(item.countyCode, p.code);
      assert.equal(item.version, 1);
      assert.ok(nonEmpty(item.level1) && nonEmpty(item.level2), `${where} 事项名称`);
      assert.ok(nonEmpty(item.summary), `${where} summary`);
      assert.ok(item.contents.length > 0 && item.contents.every(nonEmpty), `${where} 公开内容`);
      assert.ok(item.basis.length > 0 && item.basis.every((b) => /^《.+》/.test(b)), `${where} 公开依据`);
      assert.ok(item.timeLimit.days > 0 && nonEmpty(item.timeLimit.text) && nonEmpty(item.timeLimit.trigger), `${where} 公开时限`);
      assert.ok(['working', 'calendar'].includes(item.timeLimit.dayKind), `${where} dayKind`);
      assert.ok(nonEmpty(item.publisher), `${where} 公开主体`);
      assert.ok(unitIds.has(item.unitId), `${where} 责任单位 ${item.unitId}`);
      assert.equal(item.unitName, units.find((u) => u.id === item.unitId)!.name);
      assert.ok(nonEmpty(item.updateCycle.text) && item.updateCycle.every > 0, `${where} 更新周期`);
      assert.ok(item.channels.length > 0 && item.channels.every(nonEmpty), `${where} 公开渠道`);
      assert.ok(['全社会', '特定群体'].includes(item.audience), `${where} 公开对象`);
      if (item.audience === '特定群体') assert.ok(nonEmpty(item.audienceNote), `${where} 特定群体 says who`);
      assert.ok(['主动', '依申请'].includes(item.mode), `${where} 公开方式`);
      assert.ok(item.levels.length > 0 && item.levels.every((l) => ['county', 'town', 'village'].includes(l)), `${where} 公开层级`);
      assert.ok(nonEmpty(item.consultPhone.number), `${where} 咨询电话`);
      assert.ok(nonEmpty(item.reportPhone.number), `${where} 监督举报电话`);
      if (item.publicityDays) assert.ok(item.publicityDays.days > 0 && nonEmpty(item.publicityDays.text), `${where} 公示期`);
    }
    for (const d of DEFAULT_DOMAINS)
      assert.ok(
        items.some((i) => i.domain === d.id),
        `${d.id} has items`,
      );
    assert.deepEqual(
      county.domains.map((d) => d.id),
      DEFAULT_DOMAINS.map((d) => d.id),
    );
    assert.equal(county.demo, true);
  });

  test(`catalog of ${p.name}: phones — invented hotlines flagged demo, 12345/12317 real`, () => {
    const { units, items } = buildCountyCatalog(p);
    const numbers = new Set<string>();
    for (const u of units) {
      assert.equal(u.hotline.demo, true, u.id);
      assert.match(u.hotline.number, new RegExp(`^${p.area}-[5-8]\\d{7}$`), u.id);
      assert.ok(!numbers.has(u.hotline.number), `hotline ${u.hotline.number} used twice`);
      numbers.add(u.hotline.number);
    }
    for (const item of items) {
      assert.equal(item.consultPhone.demo, true, item.id);
      assert.ok(numbers.has(item.consultPhone.number), `${item.id} consults its unit's hotline`);
      assert.ok(['12345', '12317'].includes(item.reportPhone.number), item.id);
      assert.equal(item.reportPhone.demo, false, item.id);
      if (item.reportPhone.number === '12317') assert.equal(item.domain, 'poverty_alleviation');
    }
    assert.ok(
      items.some((i) => i.reportPhone.number === '12317'),
      '扶贫 items use 12317',
    );
  });

  test(`catalog of ${p.name}: units — one 政务公开办, names by 区/县/市`, () => {
    const { county, units, items } = buildCountyCatalog(p);
    const openGov = units.filter((u) => u.isOpenGovOffice);
    assert.equal(openGov.length, 1);
    assert.equal(county.openGovUnitId, openGov[0].id);
    assert.deepEqual([...openGov[0].domains].sort(), DEFAULT_DOMAINS.map((d) => d.id).sort(), '政务公开办 catches every domain');
    for (const u of units) {
      assert.equal(u.countyCode, p.code);
      assert.match(u.id, new RegExp(`^${p.code}-[a-z]+$`));
      assert.ok(u.name.startsWith(p.name), u.name);
      assert.ok(u.shortName.startsWith(p.kind), u.shortName);
    }
    const zjj = units.find((u) => u.id === `${p.code}-zjj`)!;
    assert.equal(zjj.name, `${p.name}住房和城乡建设局`);
    assert.equal(zjj.shortName, `${p.kind}住建局`);
    // Every domain has a unit of its own besides the fallback, and every unit answers for something.
    for (const d of DEFAULT_DOMAINS)
      assert.ok(
        units.some((u) => !u.isOpenGovOffice && u.domains.includes(d.id)),
        d.id,
      );
    for (const u of units.filter((x) => !x.isOpenGovOffice))
      assert.ok(
        items.some((i) => i.unitId === u.id),
        `${u.id} has items`,
      );
  });
}

test('catalog building is deterministic', () => {
  assert.deepEqual(buildCountyCatalog(PILOTS[0]), buildCountyCatalog(PILOTS[0]));
  const a = buildCountyCatalog(PILOTS[0]).units.map((u) => u.hotline.number.split('-')[1]);
  const b = buildCountyCatalog(PILOTS[2]).units.map((u) => u.hotline.number.split('-')[1]);
  assert.notDeepEqual(a, b, 'counties get different numbers');
});

test('editing one county catalog leaves the template and other counties alone', () => {
  const one = buildCountyCatalog(PILOTS[0]);
  one.items[0].contents.push('changed');
  one.items[0].timeLimit.days = 99;
  const two = buildCountyCatalog(PILOTS[0]);
  assert.ok(!two.items[0].contents.includes('changed'));
  assert.equal(two.items[0].timeLimit.days, CATALOG_TEMPLATE[0].timeLimit.days);
});
