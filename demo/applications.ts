// Demo applications for government information (依申请公开), one in each state a unit's queue
// and the county's oversight show: 待登记, 办理中, 待补正, 延期, 予以公开, 不予公开 with its legal
// reason, and one 部分公开 and rated. Made by running the real use cases with the clock set
// back in time (as demo/complaints.ts does), so every record is what the product would store.
import type { Account, Caller } from '../core/accounts/account';
import type { Store } from '../core/store';
import { demoServiceDeps } from './service-deps';
import { rateMyApplication, submitApplication, supplyApplication } from '../core/applications/resident-service';
import { applicationActions } from '../core/applications/unit-service';
import { makeIdNumber } from '../core/privacy/mask';

const DAY = 86400000;

export interface DemoApplicationInput {
  store: Store;
  now: Date;
  countyCode: string;
  /** The demo resident who applies (the same person throughout: 张秀兰 of the demo village). */
  resident: Account;
  /** The demo county's staff: the 住建局's handles most, the 政务公开办 one. */
  accounts: Account[];
}

/** Seeds the demo county's applications; returns how many. */
export async function seedDemoApplications(input: DemoApplicationInput): Promise<number> {
  const { store, countyCode, accounts } = input;
  const housing = accounts.find((a) => a.openid.endsWith('-unit') && a.unitId);
  const openGov = accounts.find((a) => a.openid.endsWith('-opengov') && a.unitId);
  if (!housing || !openGov) return 0;
  let t = input.now.getTime();
  const deps = demoServiceDeps(store, () => new Date(t));
  const me: Caller = { openid: input.resident.openid, account: input.resident };
  const as = (a: Account): Caller => ({ openid: a.openid, account: a });
  const at = (daysAgo: number, hour: number) => {
    const d = new Date(input.now.getTime() - daysAgo * DAY);
    d.setUTCHours(hour - 8, 0, 0, 0);
    t = d.getTime();
  };
  const applicant = { name: '张秀兰', idNumber: makeIdNumber(countyCode, '19800315', '123'), phone: '13800001234' };
  let n = 0;
  const apply = async (daysAgo: number, staff: Account, description: string, purpose: string) => {
    at(daysAgo, 10);
    n++;
    const r = await submitApplication(deps, me, {
      requestId: `demo-application-${countyCode}-${n}`,
      unitId: staff.unitId!,
      description,
      purpose,
      delivery: '在线',
      ...applicant,
    });
    return { id: r.id, staff: as(staff) };
  };
  const step = async (daysAgo: number, f: () => Promise<unknown>) => {
    at(daysAgo, 15);
    await f();
  };
  const register = (a: { id: string; staff: Caller }, daysAgo: number) =>
    step(daysAgo, () => applicationActions.register(deps, a.staff, { id: a.id }));

  // Filed oldest first, as time runs (the day's limit counts what was filed since a day began).
  const rated = await apply(30, housing, '2024年危房改造补助的评议过程材料', '核对评议是否公平');
  const disclosed = await apply(20, openGov, '区政府2025年政府信息公开工作年度报告中依申请公开的统计数据', '写调研报告');
  const extended = await apply(18, housing, '2020年至2024年全区农村危房改造补助资金的分配和使用情况', '了解历年资金使用');
  const withheld = await apply(15, housing, '邻居王某家危房改造申请表中的家庭收入和身份证明材料', '核实邻居是否符合条件');
  const waiting = await apply(8, housing, '村里老房子改造的文件', '想知道能不能申请');
  const handling = await apply(5, housing, '本镇2025年农村生活污水治理项目的招标文件和中标结果', '了解村里污水管网什么时候修');
  // 待登记: arrived this morning.
  await apply(0, housing, '2025年本村农村危房改造补助对象名单、评议记录和补助资金拨付凭证', '核对我家是否符合补助条件');
  // 办理中.
  await register(handling, 4);
  // 待补正: the unit asked for what is missing; the clock waits.
  await register(waiting, 7);
  await step(6, () =>
    applicationActions.askSupplement(deps, waiting.staff, {
      id: waiting.id,
      missing: '请写明是哪一年、哪个项目的文件（如“2024年农村危房改造补助”），以便准确检索',
    }),
  );
  // 延期: needs records from the towns.
  await register(extended, 17);
  await step(2, () =>
    applicationActions.extend(deps, extended.staff, { id: extended.id, days: 15, reason: '涉及五个年度的资金档案，需要各镇调取核对' }),
  );
  // 予以公开.
  await register(disclosed, 19);
  await step(10, () =>
    applicationActions.answer(deps, disclosed.staff, {
      id: disclosed.id,
      outcome: '予以公开',
      text: '您申请的统计数据见区政府门户网站“政府信息公开年度报告”栏目第四部分，我办已将表格通过本平台提供给您。',
    }),
  );
  // 不予公开, with its legal reason.
  await register(withheld, 14);
  await step(5, () =>
    applicationActions.answer(deps, withheld.staff, {
      id: withheld.id,
      outcome: '不予公开',
      reason: '个人隐私',
      text: '您申请的材料含他人家庭收入和身份信息，属于个人隐私，公开会损害第三方合法权益。补助对象名单和标准已在村务公开栏公示，可以查阅。',
    }),
  );
  // 部分公开 after a 补正, and rated by the applicant.
  await register(rated, 29);
  await step(28, () => applicationActions.askSupplement(deps, rated.staff, { id: rated.id, missing: '请写明是哪个村的评议材料' }));
  await step(27, () => supplyApplication(deps, me, { id: rated.id, text: '本村（申请人所在村）2024年第二批' }));
  await step(12, () =>
    applicationActions.answer(deps, rated.staff, {
      id: rated.id,
      outcome: '部分公开',
      reason: '过程性信息',
      text: '评议结果和补助名单予以公开（见附件说明）；评议会议的讨论记录属于过程性信息，不予公开。',
    }),
  );
  await step(11, () => rateMyApplication(deps, me, { id: rated.id, score: 4, comment: '答复清楚，希望讨论记录以后也能公开' }));
  return n;
}
