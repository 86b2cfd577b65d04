// 审核公示: the masked copy as the public will see it (reviews.get) with every hidden cell
// marked, what was hidden, the 公示期; for a published one its dates, the objections received,
// 打印公示 and 撤回; for a submitted one 通过 (with the version read) or 退回 with a note.
// Attachments are listed by their masked names; hardship categories in a list must be confirmed
// with a reason before 通过; once published, what masking hid is the count recorded at approval.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useState, type ReactNode } from 'react';
import * as v from 'valibot';
import { REVIEW } from '@core/api/contracts/review';
import type { ReviewItem } from '@core/api/publicity-views';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { LinkRow } from '../../../../components/LinkRow';
import { publicityText } from '../../../../components/Badges';
import { useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { callReview } from '../../../../services/api';
import { go, param, routes } from '../../../../utils/nav';
import { DetailScreen } from '../../../../components/DetailScreen';
import { FieldError, FormField } from '../../../../components/FormField';
import { formatDateCn, formatDateTime } from '../../../../utils/format';
import { SendError, SendRow } from '../../../../components/SendControls';
import { TimelineSection } from '../../../../components/Timeline';
import { useSend } from '../../../../hooks/useSend';
import { DraftBadge } from '../../components/DraftBadge';
import { HiddenSummary } from '../../components/HiddenSummary';
import { DraftHistory } from '../../components/DraftHistory';
import { openPrint } from '../../print';
import { publicityLength } from '../../drafts';
import { PublicCopy } from '../../components/PublicCopy';
import '../../../../components/complaint.css';

type Panel = 'approve' | 'reject' | 'withdraw';

const DONE: Record<Panel, string> = { approve: '已通过，公示已发布', reject: '已退回驻村干部修改', withdraw: '已撤回' };

function Actions({ r, reload, onDone }: { r: ReviewItem; reload: () => Promise<void>; onDone: (r: ReviewItem) => void }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [note, setNote] = useState('');
  const { busy, error, issues, send, reset } = useSend({
    reload,
    reloadOn: ['CONFLICT', 'NOT_FOUND'],
    issueKey: (field) => (field === 'note' || field === 'reason' ? field : 'form'),
  });
  const d = r.draft;

  function open(p: Panel | null) {
    setPanel(p);
    setNote('');
    reset();
  }

  function run<T>(what: Panel, schema: v.GenericSchema<unknown, T>, input: unknown, call: (x: T) => Promise<ReviewItem>) {
    // The answer is the item after the step (a returned draft is no longer readable here).
    return send(schema, input, call, DONE[what], (after) => {
      setPanel(null);
      setNote('');
      onDone(after);
    });
  }

  const hardship = r.preview.findings.filter((f) => f.kind === 'hardship_category').length;
  const approve = () =>
    void run(
      'approve',
      REVIEW['reviews.approve'].req,
      hardship ? { id: d.id, version: d.version, confirmHardship: true, note } : { id: d.id, version: d.version },
      (x) => callReview('reviews.approve', x),
    );
  const reject = () =>
    void run('reject', REVIEW['reviews.reject'].req, { id: d.id, version: d.version, note }, (x) => callReview('reviews.reject', x));
  const withdraw = () =>
    void run('withdraw', REVIEW['disclosures.withdraw'].req, { id: d.id, reason: note }, (x) => callReview('disclosures.withdraw', x));

  const notice = <SendError error={error} conflict="公示状态已变化，已刷新" failed="操作没有成功" />;
  /** An open panel: its title, what it asks, send and 取消, and what went wrong. */
  const dialog = (title: string, body: ReactNode, sendText: string, onSend: () => void) => (
    <View className="cm-panel">
      <Text className="cm-panel__title">{title}</Text>
      {body}
      <SendRow busy={busy} text={sendText} onSend={onSend} onCancel={() => open(null)} />
      <FieldError text={issues.form} />
      {notice}
    </View>
  );

  if (d.status === 'pending_review') {
    return (
      <View className="section">
        <View className="h2">审核</View>
        <View className="cm-btn-row cm-btn-row--wrap">
          <Tap role="button" className="btn btn--primary" disabled={busy} onTap={() => open('approve')}>
            <Text>{panel === 'approve' ? '✓ ' : ''}通过</Text>
          </Tap>
          <Tap role="button" className="btn cm-btn-danger" disabled={busy} onTap={() => open('reject')}>
            <Text>{panel === 'reject' ? '✓ ' : ''}退回</Text>
          </Tap>
        </View>
        {!panel && notice}
        {panel === 'approve' &&
          dialog(
            '通过并发布',
            <>
              <Text className="muted">
                通过后群众马上能看到，公示期{publicityLength(r.preview.publicity)}，
                {d.publicityStart ? `从${formatDateCn(d.publicityStart)}（或今天，取晚的）开始` : '从今天开始'}
                。请先核对上面的名单和隐去的信息。
              </Text>
              {hardship > 0 && (
                <FormField
                  label="确认公开困难类别的理由"
                  hint={`名单中有${hardship}处写了困难类别（低保、特困、残疾、病名等），这个事项规定不公开具体困难类别。一般应退回驻村干部删除；确需公开请写明理由。`}
                  error={issues.note}
                >
                  <TextBox className="cm-textbox--short" value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
                </FormField>
              )}
            </>,
            '确认通过',
            approve,
          )}
        {panel === 'reject' &&
          dialog(
            '退回修改',
            <FormField label="退回意见" hint="写清楚哪里要改，驻村干部会在“村务公示”里看到。" error={issues.note}>
              <TextBox className="cm-textbox--short" value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
            </FormField>,
            '确认退回',
            reject,
          )}
      </View>
    );
  }

  if (d.status === 'published') {
    return (
      <View className="section">
        <View className="cm-btn-row cm-btn-row--wrap">
          <ActionButton onTap={() => openPrint(d.id)}>打印公示</ActionButton>
          <ActionButton kind="plain" onTap={() => go(routes.disclosure(d.id))}>
            查看公开页面
          </ActionButton>
          <Tap role="button" className="btn cm-btn-danger" disabled={busy} onTap={() => open('withdraw')}>
            <Text>{panel === 'withdraw' ? '✓ ' : ''}撤回</Text>
          </Tap>
        </View>
        <Text className="muted">
          {process.env.TARO_ENV === 'h5'
            ? '打印公示会打开 A4 公示单（带二维码），用浏览器打印后张贴到村公示栏。'
            : '打印公示会复制公示单的链接，请在电脑上打开后打印。'}
        </Text>
        {!panel && notice}
        {panel === 'withdraw' &&
          dialog(
            '撤回公示',
            <>
              <Text className="muted">撤回后群众就看不到这份公示了，撤回理由会记录下来。</Text>
              <FormField label="撤回理由" error={issues.reason}>
                <TextBox className="cm-textbox--short" value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
              </FormField>
            </>,
            '确认撤回',
            withdraw,
          )}
      </View>
    );
  }
  return null;
}

/** 异议处理结果: once a published 公示 drew objections, its reviewer publishes what was decided. */
function OutcomeForm({ r, reload }: { r: ReviewItem; reload: () => Promise<void> }) {
  const [upheld, setUpheld] = useState<boolean | null>(null);
  const [text, setText] = useState('');
  const { busy, error, issues, send } = useSend({
    reload,
    reloadOn: ['CONFLICT'],
    issueKey: (field) => (field === 'text' || field === 'upheld' ? field : 'form'),
  });
  const published = r.disclosure?.objectionOutcome;
  if (r.draft.status !== 'published' || r.objections === 0) return null;
  const submit = () =>
    void send(
      REVIEW['objections.outcome'].req,
      { disclosureId: r.draft.id, upheld: upheld ?? undefined, text },
      (x) => callReview('objections.outcome', x),
      '异议处理结果已公布',
      () => reload(),
    );
  return (
    <View className="section">
      <View className="h2">异议处理结果</View>
      {published && (
        <View className="card">
          <Text>
            已公布：{published.label}。{published.text}
          </Text>
        </View>
      )}
      <FormField label="异议是否成立" error={issues.upheld}>
        <View className="cm-btn-row cm-btn-row--wrap">
          <ActionButton kind={upheld === true ? 'primary' : 'plain'} onTap={() => setUpheld(true)}>
            {upheld === true ? '✓ ' : ''}异议成立
          </ActionButton>
          <ActionButton kind={upheld === false ? 'primary' : 'plain'} onTap={() => setUpheld(false)}>
            {upheld === false ? '✓ ' : ''}异议不成立
          </ActionButton>
        </View>
      </FormField>
      <FormField label="处理结果" hint="写明核实了什么、名单有什么变化；会公开显示，不要写姓名、电话。" error={issues.text}>
        <TextBox className="cm-textbox--short" value={text} maxlength={500} onInput={(e) => setText(e.detail.value)} />
      </FormField>
      <FieldError text={issues.form} />
      <SendError error={error} conflict="状态已变化，已刷新" failed="没有公布成功" />
      <View className="cm-btn-row">
        <ActionButton onTap={submit} disabled={busy}>
          {busy ? '正在公布…' : published ? '更新处理结果' : '公布处理结果'}
        </ActionButton>
      </View>
    </View>
  );
}

/** What masking hid, as recorded when the list was approved (the masked copy alone cannot tell). */
function MaskingCounts({ lines, confirmed }: { lines: string[]; confirmed?: string }) {
  return (
    <View className="card">
      <Text className="field__label">审核通过时系统隐去的个人信息</Text>
      {lines.map((l) => (
        <Text key={l} className="cd-hidden__main">
          {l}
        </Text>
      ))}
      {confirmed && <Text className="muted">审核人确认公开困难类别，理由：{confirmed}</Text>}
    </View>
  );
}

function openLink(url: string) {
  if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener');
  else void Taro.setClipboardData({ data: url });
}

export default function ReviewDetail() {
  const id = param(useRouter().params.id);
  const state = useLoad(id ? `review ${id}` : null, () => callReview('reviews.get', { id }));
  /** The answer of the last step taken here, shown until the next load. */
  const [latest, setLatest] = useState<ReviewItem | null>(null);
  const reload = async () => {
    setLatest(null);
    await state.reload();
  };
  usePullRefresh(reload);

  return (
    <DetailScreen id={id} missingText="链接里缺少公示编号，请从“公示审核”列表打开。" state={{ ...state, data: latest ?? state.data }}>
      {(r) => {
        const d = r.draft;
        const submittedAt = [...d.history].reverse().find((h) => h.action === 'submit')?.at;
        const period = r.publicity ?? r.disclosure?.publicity;
        return (
          <>
            <View className="row__badges">
              <DraftBadge status={d.status} name={d.statusName} />
              {period && d.status === 'published' && <Text className="badge badge--running">{publicityText(period)}</Text>}
            </View>
            <View className="card section">
              <Field label="村（社区）">
                <Text>{d.regionName}</Text>
              </Field>
              {d.itemTitle && (
                <Field label="公开事项">
                  <Text>{d.itemTitle}</Text>
                </Field>
              )}
              {submittedAt && (
                <Field label="提交时间">
                  <Text>{formatDateTime(submittedAt)}</Text>
                </Field>
              )}
              {period ? (
                <Field label="公示期">
                  <Text>
                    {formatDateCn(period.start)} 至 {formatDateCn(period.end)}（{publicityText(period)}）
                  </Text>
                </Field>
              ) : (
                <Field label="公示期">
                  <Text>
                    {r.preview.publicity.text}（共{publicityLength(r.preview.publicity)}），
                    {d.publicityStart ? `申请从${formatDateCn(d.publicityStart)}开始` : '从审核通过之日开始'}
                  </Text>
                </Field>
              )}
              {(d.status === 'published' || d.status === 'withdrawn') && (
                <Field label="收到的公示异议">
                  <Text>
                    {r.objections}件{r.objections > 0 ? '（在“诉求办理”里由乡镇（街道）办理）' : ''}
                  </Text>
                </Field>
              )}
              {d.withdrawReason && (
                <Field label="撤回理由">
                  <Text>{d.withdrawReason}</Text>
                </Field>
              )}
            </View>

            {d.status === 'draft' && (
              <View className="cm-info" role="status">
                <Text className="cm-info__title">已退回驻村干部修改</Text>
                {d.reviewNote && <Text>退回意见：{d.reviewNote}</Text>}
                <Text className="muted">驻村干部改好后重新提交，会再出现在“待审核”里。</Text>
              </View>
            )}
            <Actions r={r} reload={reload} onDone={setLatest} />
            <OutcomeForm r={r} reload={reload} />

            <View className="h2">{d.status === 'published' ? '群众看到的内容' : '群众将看到的内容'}</View>
            <PublicCopy
              p={r.preview}
              label={d.status === 'published' ? '公开页面上的内容（已隐去个人信息）' : '审核通过后公开的内容（已隐去个人信息）'}
            />
            {d.status === 'pending_review' || !r.preview.masking.lines.length ? (
              <HiddenSummary p={r.preview} />
            ) : (
              <MaskingCounts lines={r.preview.masking.lines} confirmed={r.preview.masking.hardshipConfirmed} />
            )}
            {d.attachments.length > 0 && (
              <View className="section">
                <View className="h2">附件（{d.attachments.length}个，名称已隐去个人信息）</View>
                <View className="list">
                  {d.attachments.map((a, i) => (
                    <LinkRow key={i} title={`附件：${a.name}`} meta="点击打开" onTap={() => openLink(a.url)} />
                  ))}
                </View>
              </View>
            )}

            <TimelineSection>
              <DraftHistory items={d.history} />
            </TimelineSection>
          </>
        );
      }}
    </DetailScreen>
  );
}
