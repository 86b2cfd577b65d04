// 办理诉求: one complaint as the unit (or the county) sees it — never who filed it, only a
// contact phone when the complainant left one and is not anonymous — with the timeline and
// exactly the actions `can` allows. A CONFLICT (someone acted first) shows and reloads.
import { useRouter } from '@tarojs/taro';
import { Image, Input, Picker, Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { UNIT } from '@core/api/contracts/unit';
import { MAX_PHOTOS } from '@core/api/schema-parts';
import type { ComplaintDetail } from '@core/api/complaint-views';
import { Tap } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { PhoneLine } from '../../../../components/PhoneLine';
import { useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { callUnit } from '../../../../services/api';
import { pickPhotos, uploadPhoto, newUploadBatch } from '../../../../services/upload';
import { param } from '../../../../utils/nav';
import { AnswerBlock } from '../../../../components/AnswerBlock';
import { ComplaintFacts } from '../../../../components/ComplaintFacts';
import { Deadlines } from '../../../../components/Deadlines';
import { DetailScreen } from '../../../../components/DetailScreen';
import { FieldError, FormField } from '../../../../components/FormField';
import { formatDateCn } from '../../../../utils/format';
import { isActive } from '../../../../utils/complaint-words';
import { SendError, SendRow } from '../../../../components/SendControls';
import { StatusBadge } from '../../../../components/ComplaintBadges';
import { TicketLine } from '../../../../components/TicketLine';
import { Timeline, TimelineSection } from '../../../../components/Timeline';
import { useSend } from '../../../../hooks/useSend';
import '../../../../components/complaint.css';

type Can = ComplaintDetail['can'][number];
type Panel = 'return' | 'extend' | 'answer' | 'transfer' | 'escalate';

const BUTTONS: Array<{ action: Can; text: string; panel?: Panel; danger?: boolean }> = [
  { action: 'release', text: '审核通过' },
  { action: 'accept', text: '签收' },
  { action: 'start', text: '开始办理' },
  { action: 'answer', text: '答复', panel: 'answer' },
  { action: 'extend', text: '申请延期', panel: 'extend' },
  { action: 'return', text: '退单', panel: 'return', danger: true },
  { action: 'transfer', text: '改派', panel: 'transfer' },
  { action: 'escalate', text: '督办', panel: 'escalate' },
];

const DONE_TEXT: Record<Can, string> = {
  release: '已审核通过，已转交承办单位',
  accept: '已签收',
  start: '已开始办理',
  answer: '已答复',
  extend: '已延期',
  return: '已退单',
  transfer: '已改派',
  escalate: '已督办',
  rate: '',
  reopen: '',
};

interface Attachment {
  key: string;
  path: string;
  fileId?: string;
  state: 'uploading' | 'done' | 'failed';
}

function Actions({ c, reload }: { c: ComplaintDetail; reload: () => Promise<void> }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  // Someone acted first (CONFLICT), or the complaint went elsewhere (NOT_FOUND): load it again.
  const { busy, error, issues, setIssues, send, reset } = useSend({ reload, reloadOn: ['CONFLICT', 'NOT_FOUND'] });
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [target, setTarget] = useState(-1);
  const [files, setFiles] = useState<Attachment[]>([]);
  const seq = useRef(0);
  const batch = useRef(newUploadBatch());
  const units = useLoad(panel === 'transfer' ? 'units' : null, () => callUnit('units.list', {}));
  const others = (units.data?.units ?? []).filter((u) => u.id !== c.unitId);

  const shown = BUTTONS.filter((b) => c.can.includes(b.action));
  if (shown.length === 0) return null;

  function open(p: Panel | null) {
    setPanel(p);
    reset();
  }

  /** Validates with the function's schema, sends, empties the panel and reloads. */
  function run<T>(action: Can, schema: v.GenericSchema<unknown, T>, input: unknown, call: (d: T) => Promise<unknown>) {
    return send(schema, input, call, DONE_TEXT[action], async () => {
      setPanel(null);
      setReason('');
      setDays('');
      setText('');
      setNote('');
      setFiles([]);
      await reload();
    });
  }

  const id = c.id;
  const tap: Record<Can, () => void> = {
    release: () => void run('release', UNIT['complaints.release'].req, { id }, (d) => callUnit('complaints.release', d)),
    accept: () => void run('accept', UNIT['complaints.accept'].req, { id }, (d) => callUnit('complaints.accept', d)),
    start: () => void run('start', UNIT['complaints.start'].req, { id }, (d) => callUnit('complaints.start', d)),
    answer: () => open('answer'),
    extend: () => open('extend'),
    return: () => open('return'),
    transfer: () => open('transfer'),
    escalate: () => open('escalate'),
    rate: () => undefined,
    reopen: () => undefined,
  };

  async function addFiles() {
    const picked = await pickPhotos(MAX_PHOTOS - files.length);
    const slots = picked.map((p) => ({ key: `f${++seq.current}`, path: p.path, state: 'uploading' as const, picked: p }));
    setFiles((old) => old.concat(slots.map(({ picked: _p, ...s }) => s)));
    await Promise.all(
      slots.map(async (s) => {
        try {
          const fileId = await uploadPhoto(s.picked, batch.current);
          setFiles((old) => old.map((f) => (f.key === s.key ? { ...f, fileId, state: 'done' } : f)));
        } catch {
          setFiles((old) => old.map((f) => (f.key === s.key ? { ...f, state: 'failed' } : f)));
        }
      }),
    );
  }

  const filesBusy = files.some((f) => f.state === 'uploading');
  const sendAnswer = () => {
    if (filesBusy) return setIssues({ attachments: '附件还在上传，请稍等' });
    if (files.some((f) => f.state === 'failed')) return setIssues({ attachments: '有附件没传上去，请删除后再试' });
    const attachments = files.map((f) => f.fileId as string);
    void run('answer', UNIT['complaints.answer'].req, { id, text, ...(attachments.length ? { attachments } : {}) }, (d) =>
      callUnit('complaints.answer', d),
    );
  };

  return (
    <View className="section">
      <View className="h2">办理</View>
      <View className="cm-btn-row cm-btn-row--wrap">
        {shown.map((b) => (
          <Tap
            key={b.action}
            role="button"
            className={`btn ${b.danger ? 'cm-btn-danger' : panel === b.panel && b.panel ? 'btn--primary' : b.panel ? 'btn--plain' : 'btn--primary'}`}
            disabled={busy}
            onTap={tap[b.action]}
          >
            <Text>
              {panel === b.panel && b.panel ? '✓ ' : ''}
              {b.text}
            </Text>
          </Tap>
        ))}
      </View>
      {!panel && <SendError error={error} conflict="诉求状态已变化，已刷新" failed="操作没有成功" />}

      {panel && (
        <View className="cm-panel">
          {panel === 'answer' && (
            <>
              <Text className="cm-panel__title">答复诉求人</Text>
              <FormField label="答复内容" hint="用大白话写清楚：查了什么、结果怎样、下一步怎么办。" error={issues.text}>
                <TextBox value={text} maxlength={2000} placeholder="例如：经核实，……" onInput={(e) => setText(e.detail.value)} />
                <Text className="cm-counter">已写{text.trim().length}字（至少2字，最多2000字）</Text>
              </FormField>
              <FormField label={`附件图片（选填，最多${MAX_PHOTOS}张）`} error={issues.attachments}>
                <View className="cm-photos">
                  {files.map((f, i) => (
                    <View key={f.key} className="cm-photos__cell">
                      <Image className="cm-photos__img" src={f.path} mode="aspectFill" />
                      <Text className={'cm-photos__state' + (f.state === 'failed' ? ' cm-photos__state--bad' : '')}>
                        附件{i + 1} {f.state === 'uploading' ? '上传中…' : f.state === 'done' ? '已上传' : '上传失败'}
                      </Text>
                      <Tap
                        role="button"
                        className="cm-photos__btn"
                        label={`删除附件${i + 1}`}
                        onTap={() => setFiles((old) => old.filter((x) => x.key !== f.key))}
                      >
                        <Text>删除</Text>
                      </Tap>
                    </View>
                  ))}
                  {files.length < MAX_PHOTOS && (
                    <Tap role="button" className="cm-photos__add" onTap={() => void addFiles()}>
                      <Text className="cm-photos__plus">＋</Text>
                      <Text>添加图片</Text>
                    </Tap>
                  )}
                </View>
              </FormField>
              <SendRow busy={busy || filesBusy} text="提交答复" onSend={sendAnswer} onCancel={() => open(null)} />
            </>
          )}
          {panel === 'return' && (
            <>
              <Text className="cm-panel__title">退单</Text>
              <Text className="muted">不属于本单位职责时退回政务公开办重新分派。请写明理由，最好写上应由哪个单位办理。</Text>
              <FormField label="退单理由" error={issues.reason}>
                <TextBox className="cm-textbox--short" value={reason} maxlength={300} onInput={(e) => setReason(e.detail.value)} />
              </FormField>
              <SendRow
                busy={busy}
                text="确认退单"
                onSend={() => void run('return', UNIT['complaints.return'].req, { id, reason }, (d) => callUnit('complaints.return', d))}
                onCancel={() => open(null)}
              />
            </>
          )}
          {panel === 'extend' && (
            <>
              <Text className="cm-panel__title">申请延期</Text>
              <Text className="muted">每件诉求只能延期一次。延期后答复期限按延长的天数往后推。</Text>
              <FormField label="延长几天" hint="填1到60之间的整数" error={issues.days}>
                <Input
                  className="cm-inputbox"
                  type="number"
                  nativeProps={{ 'aria-label': '延长几天' }}
                  maxlength={2}
                  value={days}
                  onInput={(e) => setDays(e.detail.value)}
                />
              </FormField>
              <FormField label="延期理由" error={issues.reason}>
                <TextBox className="cm-textbox--short" value={reason} maxlength={300} onInput={(e) => setReason(e.detail.value)} />
              </FormField>
              <SendRow
                busy={busy}
                text="确认延期"
                onSend={() =>
                  void run(
                    'extend',
                    UNIT['complaints.extend'].req,
                    { id, days: days.trim() === '' ? undefined : Number(days), reason },
                    (d) => callUnit('complaints.extend', d),
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          {panel === 'transfer' && (
            <>
              <Text className="cm-panel__title">改派</Text>
              <FormField label="改派给哪个单位" error={issues.unitId}>
                {units.data ? (
                  <Picker
                    mode="selector"
                    range={others.map((u) => u.name)}
                    value={Math.max(0, target)}
                    onChange={(e) => setTarget(Number(e.detail.value))}
                  >
                    <View className="cm-filter tap" {...{ role: 'button' }}>
                      <Text>{target >= 0 && others[target] ? `✓ ${others[target].name}` : '点这里选择单位 ▾'}</Text>
                    </View>
                  </Picker>
                ) : (
                  <Text className="muted">{units.error ? units.error.message : '正在读取单位…'}</Text>
                )}
              </FormField>
              <FormField label="说明（选填）" error={issues.note}>
                <TextBox className="cm-textbox--short" value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
              </FormField>
              <SendRow
                busy={busy}
                text="确认改派"
                onSend={() =>
                  void run(
                    'transfer',
                    UNIT['complaints.transfer'].req,
                    { id, unitId: others[target]?.id ?? '', ...(note.trim() ? { note } : {}) },
                    (d) => callUnit('complaints.transfer', d),
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          {panel === 'escalate' && (
            <>
              <Text className="cm-panel__title">督办</Text>
              <Text className="muted">督办会提醒承办单位尽快办理，并记入办理经过。</Text>
              <FormField label="督办意见（选填）" error={issues.note}>
                <TextBox className="cm-textbox--short" value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
              </FormField>
              <SendRow
                busy={busy}
                text="确认督办"
                onSend={() =>
                  void run('escalate', UNIT['complaints.escalate'].req, { id, ...(note.trim() ? { note } : {}) }, (d) =>
                    callUnit('complaints.escalate', d),
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          <FieldError text={issues.form ?? issues.id} />
          <SendError error={error} conflict="诉求状态已变化，已刷新" failed="操作没有成功" />
        </View>
      )}
    </View>
  );
}

export default function UnitComplaintPage() {
  const id = param(useRouter().params.id);
  const state = useLoad(id ? `unit ${id}` : null, () => callUnit('complaints.get', { id }));
  usePullRefresh(state.reload);

  return (
    <DetailScreen id={id} missingText="链接里缺少诉求编号，请从诉求办理列表打开。" state={state}>
      {(c) => (
        <>
          <TicketLine id={c.id} />
          <View className="h1">{c.disclosureTitle ?? c.itemTitle ?? c.kind}</View>
          <View className="row__badges">
            <StatusBadge status={c.status} name={c.statusName} />
            <Text className="badge badge--plain">
              {c.kind} · {c.category}
            </Text>
            {isActive(c.status) && c.deadline.level !== 'on_time' && (
              <Text className="badge badge--late">{c.deadline.level === 'very_overdue' ? '‼ 严重超期' : '! 已超期'}</Text>
            )}
            {c.escalated && <Text className="badge badge--running">督办</Text>}
            {c.extended && <Text className="badge badge--plain">已延期</Text>}
            {c.reopened && <Text className="badge badge--plain">诉求人不满意，重新办理</Text>}
          </View>

          <Actions c={c} reload={state.reload} />

          <View className="h2">期限</View>
          <View className="card">
            <Deadlines c={c} />
            <Field label="承办单位">
              <Text>{c.unitName}</Text>
            </Field>
          </View>

          <View className="h2">诉求内容</View>
          <View className="card">
            <ComplaintFacts c={c} />
            <Field label="提交时间">
              <Text>{formatDateCn(c.createdAt)}</Text>
            </Field>
            {c.proxyFiling && (
              <Field label="代办">
                <Text>
                  {c.proxyFiling.by}代群众{c.proxyFiling.name}登记。群众没有用微信，请电话联系并答复；群众可凭编号和电话后四位查询进度。
                </Text>
              </Field>
            )}
            {c.contactPhone && c.contactPhone.includes('*') ? (
              <Field label="诉求人留的电话">
                <Text>{c.contactPhone}（诉求人选择匿名，号码已部分隐去）</Text>
              </Field>
            ) : c.contactPhone ? (
              <PhoneLine label="诉求人留的电话" phone={{ number: c.contactPhone, demo: false }} />
            ) : (
              <Field label="诉求人">
                <Text className="muted">{c.anonymous ? '诉求人选择了对承办单位匿名' : '诉求人没有留电话'}，请通过答复回应。</Text>
              </Field>
            )}
          </View>

          {c.answer && <AnswerBlock answer={c.answer} />}
          {c.rating && (
            <View className="card section">
              <Field label="诉求人评价">
                <Text>
                  {c.rating.score}星{c.rating.comment ? `：${c.rating.comment}` : ''}
                </Text>
              </Field>
            </View>
          )}

          <TimelineSection>
            <Timeline items={c.timeline} />
          </TimelineSection>
        </>
      )}
    </DetailScreen>
  );
}
