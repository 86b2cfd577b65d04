// Every level publishes: a county unit publishes its own county-level items, a town government
// its town-level items, cadres their villages' items; each through draft → preview → submit →
// review by the level's reviewer (a county setting), and each with its 政策解读. A village sees
// what its county and town published, with who published it.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { findPersonalData } from '../helpers/personal-data';
import type { Account } from '../../core/accounts/account';
import type { Res } from '../../core/api/contracts';

let cloud: TestCloud;
let village: string;
let town: string;
const county = '510118';
const POLICY_ITEM = `${county}-rural_housing_renovation-03`; // 申请流程、补助对象和补助标准 (county, town, village)
const TOWN_ITEM = `${county}-disaster_relief-03`; // 救灾项目资金安排情况 (county, town)
const cookies = new Map<string, string>();
const publicAnswers: unknown[] = [];
let seq = 0;

const as = async (openid: string) => {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
};
const publish = async (who: string, action: string, data: unknown = {}) => cloud.call<any>('publish', action, data, await as(who));
const review = async (who: string, action: string, data: unknown = {}) => cloud.call<any>('review', action, data, await as(who));
const pub = async (action: string, data: unknown) => {
  const a = await cloud.call<any>('public', action, data);
  publicAnswers.push(a);
  return a;
};
const rid = (p: string) => `${p}-${seq++}-abcdefgh`;

const UNIT = 'demo-xinjin-unit'; // 区住建局
const OPENGOV = 'demo-xinjin-opengov';
const ADMIN = 'demo-xinjin-admin';
const TOWN_REVIEWER = 'demo-xinjin-reviewer';
const townGov = () => `demo-xinjin-staff-${town}-gov`;

const BODY = [
  '## 补助对象',
  '- 农村低收入群体等重点对象',
  '- 住房经鉴定为C级或D级危房的农户',
  '',
  '## 补助标准',
  'D级危房拆除重建每户补助3.5万元，C级危房加固改造每户补助1.5万元。',
  '<b>不是HTML</b>',
].join('\n');

const QA = [
  { q: '这份文件说了什么？', a: '住房是危房的困难家庭，可以申请修房补助：拆了重建补3.5万元，加固补1.5万元。' },
  { q: '找谁申请？', a: '先向村委会提出申请，村里评议后乡镇审核。也可以打区住建局电话，或者问驻村干部13812345678。瓦片翻新也算加固。' },
];

beforeAll(async () => {
  cloud = await startTestCloud();
  const accounts = ((await (await cloud.raw('/api/dev/accounts')).json()) as { data: { accounts: Account[] } }).data.accounts;
  village = accounts.find((a) => a.openid === 'demo-xinjin-cadre')!.regionCodes[0];
  town = village.slice(0, 9);
  assert.ok(
    accounts.some((a) => a.openid === townGov()),
    'the demo town government has a staff account',
  );
});
afterAll(() => cloud.close());

describe('a county unit publishes its own county-level items', () => {
  let published: any;

  it('knows what it may publish: its own county-level items, for the county', async () => {
    const t = ok(await publish(UNIT, 'targets.mine'));
    assert.equal(t.publisher.kind, 'unit');
    assert.equal(t.publisher.name, '新津区住房和城乡建设局');
    assert.deepEqual(
      t.targets.map((x: any) => x.region.code),
      [county],
    );
    const items = t.targets[0].items;
    const policy = items.find((i: any) => i.id === POLICY_ITEM);
    assert.ok(policy && policy.policy, 'the 补助标准 item is a policy item');
    assert.ok(items.every((i: any) => i.id.startsWith(`${county}-`)));
    assert.ok(!items.some((i: any) => i.domain === 'compulsory_education'), 'nothing of another unit');
  });

  it('a policy item without its 解读 gets a reminder in the preview', async () => {
    const saved = ok(
      await publish(UNIT, 'drafts.save', {
        requestId: rid('remind'),
        regionCode: county,
        itemId: POLICY_ITEM,
        title: '农村危房改造补助标准',
        body: BODY,
      }),
    );
    assert.equal(saved.preview.reminders.length, 1);
    assert.match(saved.preview.reminders[0], /政策解读/);
    assert.equal(saved.draft.level, 'county');
  });

  it('drafts with a 解读, the 政务公开办 approves, every village of the county sees it 已公开 with the 解读 first', async () => {
    const saved = ok(
      await publish(UNIT, 'drafts.save', {
        requestId: rid('policy'),
        regionCode: county,
        itemId: POLICY_ITEM,
        title: '新津区2026年农村危房改造申请流程和补助标准',
        body: BODY,
        formedOn: '2026-11-20',
        interpretation: QA,
        link: { title: '新津区农村危房改造实施办法', url: 'https://www.xinjin.gov.cn/zwgk/wfgz/2026.html', date: '2026-03-01' },
      }),
    );
    const p = saved.preview;
    assert.deepEqual(p.reminders, []);
    assert.deepEqual(
      p.blocks.map((b: any) => b.kind),
      ['heading', 'list', 'heading', 'paragraph'],
    );
    assert.equal(p.interpretation.length, 2);
    assert.deepEqual(findPersonalData(p.interpretation), [], 'the 解读 is masked like the body');
    const submitted = ok(await publish(UNIT, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
    assert.equal(submitted.status, 'pending_review');

    // County items go to the 政务公开办, not the town.
    const queue = ok(await review(OPENGOV, 'reviews.list', {}));
    assert.ok(queue.items.some((x: any) => x.draft.id === saved.draft.id));
    const townQueue = ok(await review(TOWN_REVIEWER, 'reviews.list', {}));
    assert.ok(!townQueue.items.some((x: any) => x.draft.id === saved.draft.id));
    const townTries = await review(TOWN_REVIEWER, 'reviews.approve', { id: submitted.id, version: submitted.version });
    assert.ok(!townTries.ok && townTries.code === 'FORBIDDEN');
    const unitTries = await review(UNIT, 'reviews.approve', { id: submitted.id, version: submitted.version });
    assert.ok(!unitTries.ok && unitTries.code === 'FORBIDDEN', 'a publisher does not review itself');

    const item = ok(await review(OPENGOV, 'reviews.approve', { id: submitted.id, version: submitted.version }));
    assert.equal(item.draft.status, 'published');
    published = ok(await pub('disclosures.get', { id: submitted.id }));
    assert.equal(published.level, 'county');
    assert.equal(published.regionCode, county);
    assert.equal(published.unitName, '新津区住房和城乡建设局');
    assert.equal(published.interpretation.length, 2);
    assert.equal(published.interpretation[0].q, '这份文件说了什么？');
    assert.equal(published.link.url, 'https://www.xinjin.gov.cn/zwgk/wfgz/2026.html');
    assert.ok(
      published.blocks.some((b: any) => b.kind === 'paragraph' && b.text.endsWith('\n<b>不是HTML</b>')),
      'markup is text, never HTML',
    );

    const catalog = ok(await pub('catalog.list', { regionCode: village, domain: 'rural_housing_renovation' })) as Res<
      'public',
      'catalog.list'
    >;
    const entry = catalog.entries.find((e) => e.item.id === POLICY_ITEM)!;
    assert.equal(entry.state, '已公开');
    assert.equal(entry.latest?.id, submitted.id);
    assert.equal(entry.latest?.unitName, '新津区住房和城乡建设局');
    const list = ok(await pub('disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' }));
    assert.ok(list.items.some((d: any) => d.id === submitted.id));
  });

  it('search finds a word that only the 解读 says', async () => {
    assert.ok(!BODY.includes('瓦片翻新'));
    const hits = ok(await pub('search', { q: '瓦片翻新', regionCode: village }));
    assert.ok(hits.disclosures.some((d: any) => d.id === published.id));
  });

  it('staff of another unit are FORBIDDEN from that item; a town item is not a county unit’s', async () => {
    const other = await publish('demo-xinjin-staff-jyj', 'drafts.save', {
      requestId: rid('other'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '教育局不能发布危房改造标准',
      body: '这份草稿不应该被保存下来。',
    });
    assert.ok(!other.ok && other.code === 'FORBIDDEN');
    const notMyPlace = await publish(UNIT, 'drafts.save', {
      requestId: rid('place'),
      regionCode: town,
      itemId: POLICY_ITEM,
      title: '县级单位不能替乡镇发布',
      body: '这份草稿不应该被保存下来。',
    });
    assert.ok(!notMyPlace.ok && notMyPlace.code === 'FORBIDDEN');
    const resident = await publish('demo-xinjin-resident', 'targets.mine');
    assert.ok(!resident.ok && resident.code === 'FORBIDDEN');
  });

  it('the county admin reviews county items too; a link alone satisfies an item; unsafe links are refused', async () => {
    const bad = await publish(UNIT, 'drafts.save', {
      requestId: rid('js'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '链接地址不安全',
      link: { title: '文件', url: 'javascript:alert(1)', date: '2026-03-01' },
    });
    assert.ok(!bad.ok && bad.code === 'INVALID_INPUT');
    const noBody = await publish(UNIT, 'drafts.save', {
      requestId: rid('nobody'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '没有正文也没有链接',
    });
    assert.ok(!noBody.ok && noBody.code === 'INVALID_INPUT');
    const saved = ok(
      await publish(UNIT, 'drafts.save', {
        requestId: rid('link'),
        regionCode: county,
        itemId: `${county}-rural_housing_renovation-01`,
        title: '农村危房改造法律法规和政策',
        formedOn: '2026-11-20',
        link: { title: '农村危房改造政策汇编', url: 'https://www.xinjin.gov.cn/zwgk/wfgz/zc.html', date: '2026-01-10' },
        interpretation: [{ q: '这些政策管什么？', a: '管农村危房怎么认定、谁能得到补助、补多少。' }],
      }),
    );
    const sub = ok(await publish(UNIT, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
    ok(await review(ADMIN, 'reviews.approve', { id: sub.id, version: sub.version }));
    const d = ok(await pub('disclosures.get', { id: sub.id }));
    assert.equal(d.body, '');
    assert.equal(d.link.title, '农村危房改造政策汇编');
    assert.equal(d.publicity, undefined, 'a county policy runs no 公示期');
  });
});

describe('a town government publishes town-level items for its villages', () => {
  it('publishes 救灾 funds for its town, reviewed by the town’s reviewer; its villages see it', async () => {
    const t = ok(await publish(townGov(), 'targets.mine'));
    assert.equal(t.publisher.kind, 'town');
    assert.deepEqual(
      t.targets.map((x: any) => x.region.code),
      [town],
    );
    assert.ok(t.targets[0].items.some((i: any) => i.id === TOWN_ITEM));
    const saved = ok(
      await publish(townGov(), 'drafts.save', {
        requestId: rid('town'),
        regionCode: town,
        itemId: TOWN_ITEM,
        title: '2026年第三季度救灾资金安排情况',
        body: '本季度共安排救灾资金12万元，用于受灾群众生活救助和倒损房屋恢复重建。\n\n- 生活救助 4万元\n- 恢复重建 8万元',
        interpretation: [{ q: '钱用到哪里了？', a: '一部分给受灾群众买米买油，一部分帮房子倒了的人家重建。' }],
      }),
    );
    assert.equal(saved.draft.level, 'town');
    const sub = ok(await publish(townGov(), 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
    const opengovTries = await review(OPENGOV, 'reviews.get', { id: sub.id });
    assert.ok(!opengovTries.ok && opengovTries.code === 'FORBIDDEN', 'town items are the town reviewer’s');
    const otherTownGov = await publish(townGov(), 'drafts.save', {
      requestId: rid('town-other'),
      regionCode: county,
      itemId: TOWN_ITEM,
      title: '乡镇不能发布县级事项',
      body: '这份草稿不应该被保存下来。',
    });
    assert.ok(!otherTownGov.ok && otherTownGov.code === 'FORBIDDEN');
    ok(await review(TOWN_REVIEWER, 'reviews.approve', { id: sub.id, version: sub.version }));
    const d = ok(await pub('disclosures.get', { id: sub.id }));
    assert.equal(d.level, 'town');
    assert.match(d.unitName, /(人民政府|办事处)$/);
    const list = ok(await pub('disclosures.list', { regionCode: village, domain: 'disaster_relief' }));
    assert.ok(list.items.some((x: any) => x.id === sub.id && x.unitName === d.unitName));
  });

  it('a county may have town items reviewed by the 政务公开办 instead', async () => {
    const c = (await cloud.store.getCounty(county))!;
    await cloud.store.putCounty({ ...c, reviewers: { town: 'opengov' } });
    try {
      const saved = ok(
        await publish(townGov(), 'drafts.save', {
          requestId: rid('town-setting'),
          regionCode: town,
          itemId: TOWN_ITEM,
          title: '救灾资金安排情况（县审）',
          body: '本季度共安排救灾资金5万元，用于受灾群众生活救助。',
        }),
      );
      const sub = ok(await publish(townGov(), 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
      const townTries = await review(TOWN_REVIEWER, 'reviews.get', { id: sub.id });
      assert.ok(!townTries.ok && townTries.code === 'FORBIDDEN');
      ok(await review(OPENGOV, 'reviews.reject', { id: sub.id, version: sub.version, note: '请补充资金来源' }));
    } finally {
      await cloud.store.putCounty(c);
    }
  });
});

describe('cadres publish as before, through either function', () => {
  it('a cadre’s targets are its villages’ village-level items; the cadre function still drafts', async () => {
    const t = ok(await publish('demo-xinjin-cadre', 'targets.mine'));
    assert.equal(t.publisher.kind, 'cadre');
    assert.ok(t.targets.every((x: any) => x.region.code.length === 12));
    const itemId = t.targets[0].items.find((i: any) => i.id === `${county}-rural_housing_renovation-05`).id;
    const saved = ok(
      await cloud.call<any>(
        'cadre',
        'drafts.save',
        {
          requestId: rid('cadre'),
          regionCode: village,
          itemId,
          title: '危房改造拟补助对象公示',
          body: '拟补助对象如下，公示期内如有异议请反映。',
        },
        await as('demo-xinjin-cadre'),
      ),
    );
    assert.equal(saved.draft.level, 'village');
    assert.match(saved.draft.publisherName, /委员会$/);
    const county2 = await publish('demo-xinjin-cadre', 'drafts.save', {
      requestId: rid('cadre-county'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '驻村干部不能发布县级事项',
      body: '这份草稿不应该被保存下来。',
    });
    assert.ok(!county2.ok && county2.code === 'FORBIDDEN');
  });
});

describe('public answers', () => {
  it('carry no unmasked ID, mobile or card number', () => {
    assert.ok(publicAnswers.length > 5);
    assert.deepEqual(findPersonalData(publicAnswers), []);
  });
});
