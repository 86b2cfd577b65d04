// Pieces shared by the complaint pages (resident, main package) and the unit and cadre pages
// (packages/unit, packages/cadre): addresses, status and deadline badges in words, the
// timeline, photos, option lists, the detail page's frame and blocks, and sending a form
// checked with the function's own valibot schema.
import Taro, { useDidShow } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useRef, useState, type ReactNode } from 'react';
import * as v from 'valibot';
import type { ComplaintDetail, ComplaintSummary, DeadlineView, OverdueLevel, TimelineView } from '@core/api/complaint-views';
import type { ComplaintKind, ComplaintStatus } from '@core/complaints/model';
import { Screen } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, LoadGate } from '../../components/Status';
import { Field } from '../../components/Field';
import { toApiError, type Loaded, type Paged } from '../../hooks/useApi';
import { useInfiniteScroll, usePullRefresh } from '../../hooks/usePageRefresh';
import { formatDate, formatDateCn } from '../../utils/format';
import { go, routes } from '../../utils/nav';
import { photoUrl, previewPhotos } from '../../services/upload';
import type { ApiError } from '../../services/api';
import './complaint.css';

export { complaintRoutes, type NewComplaintParams } from './routes';

// ---- words for kinds, statuses and deadlines ----

/** One plain line per kind, for the picker. */
export const KIND_HELP: Record<ComplaintKind, string> = {
  咨询: '想问清楚一件事，比如政策怎么规定、补助标准是多少。',
  '求助·意见建议': '遇到困难需要帮忙，或者对公开工作有想法、建议。',
  投诉举报: '该公开的没公开、公开得不对或太晚，或者有人违规。',
  公示异议: '对正在公示的名单或内容有不同意见（公示期内提出）。',
  目录意见: '觉得公开目录里缺了该公开的事项，或者写得看不懂。',
};

export const CATEGORY_HELP: Record<string, string> = {
  未按规定公开: '该公开的没有公开',
  公开不及时: '公开得太晚，或很久没更新',
  内容不准确: '公开的内容和实际不一样',
  泄露个人信息: '公开了身份证号、电话等不该公开的',
  对公示对象有异议: '名单里的人不符合条件，或漏了人',
  其他: '以上都不是',
};

const STATUS_SIGN: Record<ComplaintStatus, string> = {
  held: '…',
  submitted: '●',
  accepted: '●',
  returned: '↩',
  in_progress: '●',
  answered: '✓',
  closed: '✓',
};
const STATUS_CLASS: Record<ComplaintStatus, string> = {
  held: 'none',
  submitted: 'running',
  accepted: 'running',
  returned: 'none',
  in_progress: 'running',
  answered: 'ok',
  closed: 'done',
};

export function StatusBadge({ status, name }: { status: ComplaintStatus; name: string }) {
  return (
    <Text className={`badge badge--${STATUS_CLASS[status]}`}>
      {STATUS_SIGN[status]} {name}
    </Text>
  );
}

export const LEVEL_TEXT: Record<OverdueLevel, string> = { on_time: '', overdue: '已超期', very_overdue: '严重超期' };

/** Nothing when on time; otherwise the words 已超期 / 严重超期 with a sign (colour repeats them). */
export function OverdueBadge({ level }: { level: OverdueLevel }) {
  if (level === 'on_time') return null;
  return <Text className="badge badge--late">{level === 'very_overdue' ? '‼ 严重超期' : '! 已超期'}</Text>;
}

export function isActive(status: ComplaintStatus): boolean {
  return status === 'submitted' || status === 'accepted' || status === 'in_progress';
}

/** The one line a list shows about time: what is due by when, or where the complaint is. */
export function dueLine(c: Pick<ComplaintSummary, 'status' | 'deadline'>): string {
  const date = formatDateCn(c.deadline.due);
  switch (c.status) {
    case 'held':
      return '内容正在人工审核，通过后转交承办单位';
    case 'submitted':
      return `应在${date}前签收`;
    case 'accepted':
    case 'in_progress':
      return `应在${date}前答复`;
    case 'returned':
      return '承办单位已退单，由政务公开办重新分派';
    case 'answered':
      return '已答复，请查看并评价';
    case 'closed':
      return '已办结';
  }
}

/** A word after a deadline: not started yet (held), passed stage, or extended. */
export function deadlineNote(c: { status: ComplaintStatus; extended: boolean }, which: 'accept' | 'answer'): string {
  if (c.status === 'held') return '（审核通过转交后重新计算）';
  if (which === 'accept') return c.status === 'submitted' ? '' : '（已过签收环节）';
  return c.extended ? '（已延期）' : '';
}

/** Whether this deadline is the one running now. */
export function deadlineActive(status: ComplaintStatus, which: 'accept' | 'answer'): boolean {
  return which === 'accept' ? status === 'submitted' : status === 'accepted' || status === 'in_progress';
}

export function dayKindText(d: DeadlineView): string {
  return `${d.days}个${d.dayKind === 'working' ? '工作日' : '自然日'}`;
}

/** 2026-11-26 10:00 in Beijing time. */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = new Date(t + 8 * 3600 * 1000).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

export function complaintTitle(c: Pick<ComplaintSummary, 'disclosureTitle' | 'itemTitle' | 'kind' | 'regionName'>): string {
  return c.disclosureTitle ?? c.itemTitle ?? `${c.regionName}的${c.kind}`;
}

// ---- blocks ----

/**
 * A deadline with its date in words and, while it is the one running (`active`) and late,
 * 已超期 / 严重超期. (A deadline's level compares it with now, also after its stage is done.)
 */
export function DeadlineField({ label, d, note, active }: { label: string; d: DeadlineView; note?: string; active: boolean }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="field__value">
        <Text>
          {formatDateCn(d.due)}前（{dayKindText(d)}）
        </Text>
        {note && <Text className="muted"> {note}</Text>}
        {active && d.level !== 'on_time' && (
          <View>
            <OverdueBadge level={d.level} />
          </View>
        )}
      </View>
    </View>
  );
}

export function Timeline({ items }: { items: TimelineView[] }) {
  return (
    <View className="cm-timeline">
      {items.map((e, i) => (
        <View key={i} className="cm-timeline__item">
          <View className="cm-timeline__head">
            <Text className="cm-timeline__action">{e.actionName}</Text>
            <Text className="cm-timeline__by">{e.by}</Text>
          </View>
          <Text className="cm-timeline__at">{formatDateTime(e.at)}</Text>
          {e.note && <Text className="cm-timeline__note">{e.note}</Text>}
        </View>
      ))}
    </View>
  );
}

/** Stored photos as thumbnails; a tap opens them full size. */
export function PhotoGrid({ ids, label = '照片' }: { ids: string[]; label?: string }) {
  if (ids.length === 0) return null;
  return (
    <View className="cm-photos">
      {ids.map((id, i) => (
        <View
          key={id}
          className="cm-photos__cell tap"
          role="button"
          aria-label={`查看${label}${i + 1}`}
          onClick={() => previewPhotos(ids, id)}
        >
          <Image className="cm-photos__img" src={photoUrl(id)} mode="aspectFill" />
          <Text className="cm-photos__caption">
            {label}
            {i + 1}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** One choice among a few, each with its words and an optional plain line; the choice shows ✓ and 已选. */
export function ChoiceList<T extends string>({
  options,
  value,
  onChange,
  help,
  compact,
  name,
}: {
  options: readonly T[];
  value: T | '';
  onChange: (x: T) => void;
  help?: Record<string, string>;
  compact?: boolean;
  /** Spoken group name. */
  name: string;
}) {
  return (
    <View className={compact ? 'cm-choices cm-choices--compact' : 'cm-choices'} role="radiogroup" aria-label={name}>
      {options.map((o) => {
        const on = o === value;
        const a11y: Record<string, string> = { role: 'radio', 'aria-checked': on ? 'true' : 'false' };
        return (
          <View
            key={o}
            className={'cm-choice tap' + (on ? ' cm-choice--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(o)}
            {...a11y}
          >
            <View className="cm-choice__head">
              <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
              <Text className="cm-choice__name">{o}</Text>
              {on && <Text className="cm-choice__on">已选</Text>}
            </View>
            {help?.[o] && <Text className="cm-choice__help">{help[o]}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** A field's validation message, right under it. */
export function FieldError({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <View className="cm-field-error" role="alert">
      <Text>！{text}</Text>
    </View>
  );
}

/** A labelled form block. */
export function FormField({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className="cm-form-field">
      <Text className="cm-form-field__label">{label}</Text>
      {hint && <Text className="cm-form-field__hint">{hint}</Text>}
      {children}
      <FieldError text={error} />
    </View>
  );
}

/** An error answer shown where the action was, with a title in words. */
export function Notice({ title, text, children }: { title: string; text?: string; children?: ReactNode }) {
  return (
    <View className="cm-notice" role="alert">
      <Text className="cm-notice__title">{title}</Text>
      {text && <Text className="cm-notice__text">{text}</Text>}
      {children}
    </View>
  );
}

export type Issues = Partial<Record<string, string>>;

/** The first issue of a failed safeParse, keyed by the top-level field it is about ('' when none). */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const issue = issues[0];
  const key = issue?.path?.[0]?.key;
  return { field: typeof key === 'string' ? key : '', message: issue?.message ?? '填写的内容不符合要求' };
}

/** H5 without a dev session, weapp without an openid (should not happen): what to do. */
export function signInText(): string {
  return process.env.TARO_ENV === 'h5' ? '请先在首页选择演示账号' : '请先登录微信后再试';
}

export function isSignedOut(e: ApiError | null): boolean {
  return e?.code === 'UNAUTHENTICATED';
}

export function copyText(text: string, what = '编号'): void {
  void Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))
    .catch(() => Taro.showToast({ title: `请长按${what}复制`, icon: 'none' }));
}

/** Loads again when the page shows again (back from a detail page), not on its first show. */
export function useReloadOnShow(reload: () => Promise<void>): void {
  const first = useRef(true);
  const ref = useRef(reload);
  ref.current = reload;
  useDidShow(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void ref.current();
  });
}

/** A page's paginated list: pull-down reloads it, the bottom loads more, coming back reloads it. */
export function useListPage(list: Paged<unknown>): void {
  usePullRefresh(list.reload);
  useInfiniteScroll(list.loadMore);
  useReloadOnShow(list.reload);
}

// ---- detail pages ----

/**
 * The frame of a detail page opened with `?id=`: a word when the link has no id or nobody is
 * signed in, loading or the error with 重试 until the data is there, then `children`.
 */
export function DetailScreen<T>({
  id,
  missingText,
  state,
  children,
}: {
  id: string;
  /** What to do when the link has no id (e.g. 请从“我的监督”打开). */
  missingText: string;
  state: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  if (!id)
    return (
      <Screen>
        <Empty text={missingText} />
      </Screen>
    );
  if (isSignedOut(state.error))
    return (
      <Screen>
        <Empty text={signInText()} />
      </Screen>
    );
  return (
    <Screen>
      <LoadGate state={state}>{children}</LoadGate>
    </Screen>
  );
}

/** 编号 … with 复制编号 next to it. */
export function TicketLine({ id, className = 'cm-ticket-row' }: { id: string; className?: string }) {
  return (
    <View className={className}>
      <Text className="muted" selectable userSelect>
        编号 {id}
      </Text>
      <Tap role="button" className="section__action" onTap={() => copyText(id)}>
        <Text className="link">复制编号</Text>
      </Tap>
    </View>
  );
}

/** The unit's answer: its words, who and when (`atSuffix` after the time), and its attachments. */
export function AnswerBlock({ answer, atSuffix = '' }: { answer: NonNullable<ComplaintDetail['answer']>; atSuffix?: string }) {
  return (
    <>
      <View className="h2">答复</View>
      <View className="cm-quote">{answer.text}</View>
      <View className="muted">
        {answer.unitName} · {formatDateTime(answer.at)}
        {atSuffix}
      </View>
      <PhotoGrid ids={answer.attachments} label="附件" />
    </>
  );
}

/** The two deadlines, each with its note and, while it runs and is late, 已超期 / 严重超期. */
export function Deadlines({ c }: { c: ComplaintDetail }) {
  return (
    <>
      <DeadlineField label="签收期限" d={c.acceptDeadline} note={deadlineNote(c, 'accept')} active={deadlineActive(c.status, 'accept')} />
      <DeadlineField label="答复期限" d={c.answerDeadline} note={deadlineNote(c, 'answer')} active={deadlineActive(c.status, 'answer')} />
    </>
  );
}

/** What the complaint is about and says: where, the item and disclosure, the words, the photos. */
export function ComplaintFacts({ c, linkDisclosure = false }: { c: ComplaintDetail; linkDisclosure?: boolean }) {
  return (
    <>
      <Field label="地区">
        <Text>{c.regionName}</Text>
      </Field>
      {c.itemTitle && (
        <Field label="公开事项">
          <Text>{c.itemTitle}</Text>
        </Field>
      )}
      {c.disclosureTitle && (
        <Field label="公开信息">
          {linkDisclosure && c.disclosureId ? (
            <Tap onTap={() => go(routes.disclosure(c.disclosureId!))}>
              <Text className="link">{c.disclosureTitle}</Text>
            </Tap>
          ) : (
            <Text>{c.disclosureTitle}</Text>
          )}
        </Field>
      )}
      <Field label="内容">
        <View className="para">{c.text}</View>
      </Field>
      {c.photos.length > 0 && (
        <Field label="照片">
          <PhotoGrid ids={c.photos} />
        </Field>
      )}
    </>
  );
}

/** 办理经过 and the timeline in a card. */
export function TimelineSection({ children }: { children: ReactNode }) {
  return (
    <>
      <View className="h2">办理经过</View>
      <View className="card">{children}</View>
    </>
  );
}

// ---- sending a form ----

/**
 * One form's sending: `send` checks the input with the function's own schema (the first issue
 * goes under its field, by `issueKey`), sends once at a time, says `done` and calls `after`
 * with the answer; an error stays to show (SendError), and the codes in `reloadOn` (someone
 * acted first) reload.
 */
export function useSend({
  reload,
  reloadOn,
  issueKey = (field) => field || 'form',
}: {
  reload: () => Promise<void>;
  reloadOn: readonly string[];
  issueKey?: (field: string) => string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const sending = useRef(false);

  async function send<T, R>(
    schema: v.GenericSchema<unknown, T>,
    input: unknown,
    call: (data: T) => Promise<R>,
    done: string,
    after: (answer: R) => void | Promise<void>,
  ): Promise<void> {
    if (sending.current) return;
    setError(null);
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [issueKey(field)]: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(true);
    try {
      const answer = await call(parsed.output);
      void Taro.showToast({ title: done, icon: 'none' });
      await after(answer);
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (reloadOn.includes(err.code)) await reload();
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  /** Forgets the issues and the error (a panel opened or closed). */
  function reset() {
    setIssues({});
    setError(null);
  }

  return { busy, error, issues, setIssues, send, reset };
}

/** What went wrong with a send: `conflict` when someone acted first, else `failed`; sign in when signed out. */
export function SendError({ error, conflict, failed }: { error: ApiError | null; conflict: string; failed: string }) {
  if (!error) return null;
  return <Notice title={error.code === 'CONFLICT' ? conflict : failed} text={isSignedOut(error) ? signInText() : error.message} />;
}

/** Send (正在提交… while busy) and 取消, under a panel's fields. */
export function SendRow({ busy, text, onSend, onCancel }: { busy: boolean; text: string; onSend: () => void; onCancel: () => void }) {
  return (
    <View className="cm-btn-row cm-btn-row--wrap">
      <ActionButton onTap={onSend} disabled={busy}>
        {busy ? '正在提交…' : text}
      </ActionButton>
      <ActionButton kind="plain" onTap={onCancel}>
        取消
      </ActionButton>
    </View>
  );
}

export { formatDate, formatDateCn };
