// Demo of publishing at every level (issue 10), made by running the real use cases with the
// clock set back: the county 住建局 publishes its 农村危房改造补助标准 with a 政策解读 (问/答),
// approved by the 政务公开办; it publishes a 回应 to a concern many raised; and the town's
// reviewer publishes the 异议处理结果 of the village 公示 that drew an objection.
import type { Account, Caller } from '../core/accounts/account';
import type { Store } from '../core/store';
import { saveDraft, submitDraft } from '../core/publicity/cadre-service';
import { approve } from '../core/publicity/review-service';
import { publishObjectionOutcome } from '../core/publicity/disclosure-review';
import { publishResponse } from '../core/responses/service';
import { wordListCheck } from '../core/complaints/word-list-check';

const DAY = 86400000;

export const DEMO_POLICY_TITLE = '农村危房改造补助标准及申请办法';
export const DEMO_RESPONSE_TITLE = '关于农村危房改造补助资金发放进度的回应';

const QA = [
  {
    q: '这份文件说了什么？',
    a: '住房经鉴定是危房的农村困难家庭，可以申请修房补助：拆了重建的每户补3.5万元，加固改造的每户补1.5万元。',
  },
  { q: '哪些家庭可以申请？', a: '低保户、分散供养特困人员、低保边缘家庭和防止返贫监测对象等，住房鉴定为C级或D级危房的。' },
  { q: '怎么申请？', a: '先向村委会提出申请，村里评议并公示，乡镇审核后报区住建局审批。材料不会写的，可以请驻村干部帮忙。' },
  { q: '钱什么时候到？', a: '竣工验收合格后，补助资金通过“一卡通”直接发到户，一般不超过一个月。' },
];

const BODY = [
  '## 补助对象',
  '- 农村低保户、分散供养特困人员',
  '- 低保边缘家庭、防止返贫监测对象',
  '- 其他因病因灾住房困难的农户',
  '',
  '## 补助标准',
  'D级危房拆除重建每户补助3.5万元；C级危房加固改造每户补助1.5万元。',
  '',
  '## 申请办法',
  '农户向村委会提出申请，经村民代表评议并公示无异议后，由乡镇（街道）审核，报区住房和城乡建设局审批。',
].join('\n');

export interface DemoPublishingInput {
  store: Store;
  now: Date;
  countyCode: string;
  accounts: Account[];
}

/** What was made: the county disclosure with its 解读, the response, the 公示 given an outcome (or null). */
export async function seedDemoPublishing(
  input: DemoPublishingInput,
): Promise<{ policyId: string | null; responseId: string | null; outcomeOn: string | null }> {
  const { store, accounts, countyCode } = input;
  let t = input.now.getTime();
  const deps = { store, clock: { now: () => new Date(t) }, check: wordListCheck(), notifier: { send: async () => 'sent' as const } };
  const as = (a: Account | undefined): Caller | null => (a ? { openid: a.openid, account: a } : null);
  const housing = as(accounts.find((a) => a.openid.endsWith('-unit')));
  const opengov = as(accounts.find((a) => a.openid.endsWith('-opengov')));
  const reviewer = as(accounts.find((a) => a.role === 'reviewer'));
  const item = (await store.listCatalogItems(countyCode, 'rural_housing_renovation')).find(
    (i) => i.templateId === 'rural_housing_renovation-03',
  );
  let policyId: string | null = null;
  let responseId: string | null = null;
  let outcomeOn: string | null = null;

  if (housing && opengov && item) {
    t = input.now.getTime() - 12 * DAY;
    const formedOn = new Date(t - 3 * DAY + 8 * 3600000).toISOString().slice(0, 10);
    const { draft } = await saveDraft(deps, housing, {
      requestId: `demo-policy-${countyCode}`,
      regionCode: countyCode,
      itemId: item.id,
      title: DEMO_POLICY_TITLE,
      body: BODY,
      interpretation: QA,
      formedOn,
      attachments: [],
    });
    const sub = await submitDraft(deps, housing, { id: draft.id, version: draft.version });
    t += 2 * DAY;
    await approve(deps, opengov, { id: sub.id, version: sub.version });
    const d = await store.getDisclosure(sub.id);
    if (d) await store.putDisclosures([{ ...d, demo: true }]);
    policyId = sub.id;

    t = input.now.getTime() - 3 * DAY;
    const r = await publishResponse(deps, housing, {
      itemId: item.id,
      regionCode: countyCode,
      title: DEMO_RESPONSE_TITLE,
      text: '近期不少群众询问今年危房改造补助何时到账。经核实，今年第一批已竣工验收的农户补助资金已拨付到各乡镇（街道），将在本月底前通过“一卡通”发放到户；第二批在验收合格后一个月内发放。如有疑问，请拨打区住建局咨询电话。',
    });
    responseId = r.id;
  }

  // The village 公示 that drew an objection (demo/complaints.ts files one): its reviewer publishes the outcome.
  if (reviewer) {
    const town = reviewer.account!.regionCodes[0];
    const villages = (await store.listRegionChildren(town, 100)).map((v) => v.code);
    for (let i = 0; i < villages.length && !outcomeOn; i += 10) {
      const list = await store.listDisclosures({ regionCodes: villages.slice(i, i + 10), limit: 100 });
      const objected = list.find((d) => (d.objections ?? 0) > 0 && d.status === 'published');
      if (objected) {
        t = input.now.getTime() - 1 * DAY + 4 * 3600000;
        await publishObjectionOutcome(deps, reviewer, {
          disclosureId: objected.id,
          upheld: false,
          text: '经街道会同村委会入户核实，第3户现有住房为一处D级危房，另一处砖房系借住亲属房屋，产权不属本户，符合补助条件，异议不成立，公示名单不变。',
        });
        outcomeOn = objected.id;
      }
    }
  }
  return { policyId, responseId, outcomeOn };
}
