// 依申请公开 in words, shared by the applicant's pages (packages/apply) and the unit's
// (packages/unit): addresses, what each choice means, and one line about time.
import type { ApplicationSummary } from '@core/api/application-views';
import type { ApplicationStatus, DeliveryMethod } from '@core/applications/model';
import { formatDateCn } from './format';
import { provisionalNote } from './complaint-words';

function qs(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, x]) => x !== undefined && x !== '')
    .map(([k, x]) => `${k}=${encodeURIComponent(x as string)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

export const applyRoutes = {
  /** The form: the place (for the list of bodies) and, when known, the body. */
  create: (p: { code: string; unitId?: string }) => '/packages/apply/pages/new/index' + qs({ code: p.code, unitId: p.unitId }),
  mine: () => '/packages/apply/pages/mine/index',
  detail: (id: string) => '/packages/apply/pages/detail/index' + qs({ id }),
  unitQueue: () => '/packages/unit/pages/applications/index',
  unitDetail: (id: string) => '/packages/unit/pages/application/index' + qs({ id }),
};

export const DELIVERY_HELP: Record<DeliveryMethod, string> = {
  在线: '答复和文件发到这里，在“我的信息公开申请”里查看。',
  邮寄: '纸质答复和文件寄到您填写的地址。',
  自行领取: '到承办机关领取，领取时带上身份证。',
};

const SIGN: Record<ApplicationStatus, string> = { submitted: '●', registered: '●', supplementing: '‖', closed: '✓' };
const CLS: Record<ApplicationStatus, string> = { submitted: 'running', registered: 'running', supplementing: 'none', closed: 'done' };

/** The badge class and sign of a status: words carry it, colour only repeats them. */
export function statusLook(status: ApplicationStatus): { cls: string; sign: string } {
  return { cls: `badge badge--${CLS[status]}`, sign: SIGN[status] };
}

/** The one line a list shows about time. */
export function applicationDueLine(a: Pick<ApplicationSummary, 'status' | 'deadline' | 'outcome'>): string {
  const date = `${a.deadline.provisional ? '预计 ' : ''}${formatDateCn(a.deadline.due)}`;
  switch (a.status) {
    case 'submitted':
    case 'registered':
      return `应在${date}前答复${provisionalNote(a.deadline)}`;
    case 'supplementing':
      return '等待申请人补正，答复期限暂停计算';
    case 'closed':
      return `已办结：${a.outcome ?? ''}`;
  }
}
