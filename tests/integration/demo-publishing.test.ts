// The demo after a fresh seed (what `npm start` shows): a county publication with its 政策解读,
// a published 回应, and a 公示 with its 异议处理结果 — each found through the public API from
// the demo resident's village, with no unmasked personal number in any answer.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { findPersonalData } from '../helpers/personal-data';
import type { Account } from '../../core/accounts/account';
import { DEMO_POLICY_TITLE, DEMO_RESPONSE_TITLE } from '../../demo/publishing';

let cloud: TestCloud;
let village: string;
const answers: unknown[] = [];
const pub = async (action: string, data: unknown) => {
  const a = ok(await cloud.call<any>('public', action, data));
  answers.push(a);
  return a;
};

beforeAll(async () => {
  cloud = await startTestCloud();
  const accounts = ((await (await cloud.raw('/api/dev/accounts')).json()) as { data: { accounts: Account[] } }).data.accounts;
  village = accounts.find((a) => a.openid === 'demo-xinjin-resident')!.regionCodes[0];
});
afterAll(() => cloud.close());

describe('the demo shows publishing at every level', () => {
  it('the county 住建局’s 补助标准 with its 解读, seen from a village', async () => {
    const list = await pub('disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' });
    const summary = list.items.find((d: any) => d.title === DEMO_POLICY_TITLE);
    assert.ok(summary, 'listed for the village');
    assert.equal(summary.level, 'county');
    assert.equal(summary.unitName, '新津区住房和城乡建设局');
    const d = await pub('disclosures.get', { id: summary.id });
    assert.ok(d.interpretation.length >= 3);
    assert.equal(d.interpretation[0].q, '这份文件说了什么？');
    assert.ok(d.blocks.some((b: any) => b.kind === 'heading'));
  });

  it('a published 回应 under the village and under the item', async () => {
    const atVillage = await pub('responses.list', { regionCode: village });
    const r = atVillage.items.find((x: any) => x.question === DEMO_RESPONSE_TITLE);
    assert.ok(r);
    assert.equal(r.kind, 'response');
    assert.equal(r.unitName, '新津区住房和城乡建设局');
    const atItem = await pub('responses.list', { itemId: r.itemId });
    assert.ok(atItem.items.some((x: any) => x.id === r.id));
  });

  it('a 公示 with its 异议处理结果', async () => {
    const list = await pub('disclosures.list', { regionCode: village });
    const withOutcome = list.items.find((d: any) => d.outcomeBadge);
    assert.ok(withOutcome, 'the list shows the outcome badge');
    assert.match(withOutcome.outcomeBadge, /异议不成立/);
    const d = await pub('disclosures.get', { id: withOutcome.id });
    assert.equal(d.objectionOutcome.label, '异议不成立');
    assert.ok(d.objections >= 1);
  });

  it('no unmasked personal number in any of these answers', () => {
    assert.ok(answers.length >= 6);
    assert.deepEqual(findPersonalData(answers), []);
  });
});
