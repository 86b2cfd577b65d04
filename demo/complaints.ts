// Demo complaints in every state, some overdue, made by running the real use cases with the
// clock set back in time, so every record is exactly what the product itself would store.
import type { Account, Caller } from '../core/accounts/account';
import type { Disclosure } from '../core/model';
import type { Store } from '../core/store';
import type { ComplaintCategory, ComplaintKind } from '../core/complaints/model';
import { submitComplaint } from '../core/complaints/resident-service';
import { rateMine, reopenMine } from '../core/complaints/resident-service';
import { unitActions } from '../core/complaints/unit-service';
import { sweep } from '../core/complaints/sweep';
import { demoServiceDeps } from './service-deps';
import { shanghaiDate } from '../core/time/shanghai';

const DAY = 86400000;

export interface DemoComplaintInput {
  store: Store;
  now: Date;
  resident: Account;
  staffByUnit: Map<string, Account>;
  admin: Account;
  village: string;
  /** Disclosures of the demo village: items to complain about. */
  disclosures: Disclosure[];
}

export async function seedDemoComplaints(input: DemoComplaintInput): Promise<number> {
  const { store } = input;
  let t = input.now.getTime();
  const deps = demoServiceDeps(store, () => new Date(t));
  const me: Caller = { openid: input.resident.openid, account: input.resident };
  const staffCaller = async (id: string): Promise<Caller> => {
    const c = await store.getComplaint(id);
    const staff = c && input.staffByUnit.get(c.unitId);
    if (!staff) throw new Error(`no demo staff for ${c?.unitId}`);
    return { openid: staff.openid, account: staff };
  };
  const admin: Caller = { openid: input.admin.openid, account: input.admin };
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(input.now.getTime() - daysAgo * DAY);
    d.setUTCHours(hour - 8, 0, 0, 0);
    t = d.getTime();
  };
  const pick = (domain: string) => {
    const d = input.disclosures.find((x) => x.domain === domain);
    if (!d) throw new Error(`demo data has no ${domain} disclosure for ${input.village}`);
    return d;
  };
  const running = input.disclosures.find((d) => d.table?.personal && d.publicity && d.publicity.end >= shanghaiDate(input.now));
  let n = 0;
  const file = async (
    daysAgo: number,
    kind: ComplaintKind,
    category: ComplaintCategory,
    text: string,
    about: Disclosure,
    extra: { anonymous?: boolean; contactPhone?: string } = {},
  ) => {
    at(daysAgo);
    n++;
    const r = await submitComplaint(deps, me, {
      requestId: `demo-${input.village}-${n}`,
      kind,
      category,
      text,
      regionCode: input.village,
      disclosureId: about.id,
      ...extra,
    });
    return r.ticket;
  };
  const step = async (daysAgo: number, f: () => Promise<unknown>) => {
    at(daysAgo, 15);
    await f();
  };

  // 待签收, filed this morning.
  await file(0, '咨询', '其他', '请问今年危房改造补助标准是多少？我家老房子漏雨，能不能申请？', pick('rural_housing_renovation'), {
    contactPhone: '13912345678',
  });
  // 待签收 and already past the one-working-day limit.
  await file(
    6,
    '投诉举报',
    '公开不及时',
    '村里的扶贫项目资金使用情况已经半年没有更新了，公示栏上还是去年的。',
    pick('poverty_alleviation'),
    { anonymous: true, contactPhone: '13800001111' },
  );
  // 已签收, on time.
  const accepted = await file(
    2,
    '求助·意见建议',
    '内容不准确',
    '公示的补助金额和镇上通知的不一样，请核实一下。',
    pick('rural_housing_renovation'),
  );
  await step(1, async () => unitActions.accept(deps, await staffCaller(accepted), { id: accepted }));
  // 办理中, overdue and 督办 by the county.
  const late = await file(
    30,
    '投诉举报',
    '未按规定公开',
    '征地补偿安置方案没有在村里张贴公示，我们都不知道补偿标准。',
    pick('land_acquisition'),
    { anonymous: true },
  );
  await step(29, async () => unitActions.accept(deps, await staffCaller(late), { id: late }));
  await step(28, async () => unitActions.start(deps, await staffCaller(late), { id: late }));
  await step(2, () => unitActions.escalate(deps, admin, { id: late, note: '请于三个工作日内答复' }));
  // 已答复, waiting for the rating.
  const answered = await file(8, '咨询', '其他', '孩子明年上小学，我们村划到哪个学校？', pick('compulsory_education'));
  await step(7, async () => unitActions.accept(deps, await staffCaller(answered), { id: answered }));
  await step(3, async () =>
    unitActions.answer(deps, await staffCaller(answered), {
      id: answered,
      text: '您村适龄儿童划入镇中心小学，报名时间为每年6月，详见教育局招生公告。',
    }),
  );
  // 已办结 with a rating.
  const rated = await file(
    20,
    '求助·意见建议',
    '公开不及时',
    '希望村里的低保名单能及时更新，去世的人还在名单上。',
    pick('poverty_alleviation'),
  );
  await step(19, async () => unitActions.accept(deps, await staffCaller(rated), { id: rated }));
  await step(12, async () => unitActions.answer(deps, await staffCaller(rated), { id: rated, text: '已核实并更新名单，感谢监督。' }));
  await step(11, () => rateMine(deps, me, { id: rated, score: 5, comment: '处理得很快' }));
  // 已退单, waiting for the county to re-route.
  const returned = await file(3, '投诉举报', '其他', '公租房分配结果一直没公示，不知道谁分到了房子。', pick('affordable_housing'));
  await step(2, async () =>
    unitActions.return(deps, await staffCaller(returned), {
      id: returned,
      reason: '该小区公租房由街道办事处分配，不属于本单位职责，请改派',
    }),
  );
  // 重新办理: answered, then reopened as unsatisfied.
  const reopened = await file(16, '投诉举报', '内容不准确', '救灾物资发放名单里有村干部亲属，不符合条件。', pick('disaster_relief'));
  await step(15, async () => unitActions.accept(deps, await staffCaller(reopened), { id: reopened }));
  await step(6, async () =>
    unitActions.answer(deps, await staffCaller(reopened), { id: reopened, text: '经核查，相关人员符合救助条件。' }),
  );
  await step(4, () => reopenMine(deps, me, { id: reopened, reason: '没有说明核查依据，请公开评议记录' }));
  // 公示异议 on the running list: goes to the town that reviewed it.
  if (running)
    await file(1, '公示异议', '对公示对象有异议', '名单中第3户家里有两套砖房，不符合危房改造条件。', running, { anonymous: true });
  // 待人工审核: the word list holds it for a person.
  await file(0, '投诉举报', '其他', '如果再不处理我就要报复他们，请领导重视。', pick('poverty_alleviation'));

  t = input.now.getTime();
  await sweep(deps);
  return n;
}
