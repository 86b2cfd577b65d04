// 办理信息公开申请: one application as the handling body sees it (the applicant's ID number in
// full, to check who asks; the county sees it masked and only reads), with exactly the
// actions `can` allows: 登记, 要求补正, 延期, 答复 with an outcome of 条例 Art. 36.
import { TextBox } from '../../../../components/TextBox';
import { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { UNIT } from '@core/api/contracts/unit';
import type { ApplicationDetail } from '@core/api/application-views';
import {
  NEEDS_REASON,
  NEEDS_REFERRAL,
  OUTCOME_HELP,
  OUTCOMES,
  WITHHOLD_BASIS,
  WITHHOLD_REASONS,
  type Outcome,
  type WithholdReason,
} from '@core/applications/model';
import { Tap } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { ChoiceList } from '../../../../components/ChoiceList';
import { DetailScreen } from '../../../../components/DetailScreen';
import { FieldError, FormField } from '../../../../components/FormField';
import { SendError, SendRow } from '../../../../components/SendControls';
import { TicketLine } from '../../../../components/TicketLine';
import { Timeline, TimelineSection } from '../../../../components/Timeline';
import { ApplicationAnswerBlock, ApplicationBadges, ApplicationClock, AskedFor } from '../../../../components/ApplicationBits';
import { useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { useSend } from '../../../../hooks/useSend';
import { callUnit } from '../../../../services/api';
import { formatDateCn } from '../../../../utils/format';
import { param } from '../../../../utils/nav';
import '../../../../components/complaint.css';

type Can = ApplicationDetail['can'][number];
type Panel = 'askSupplement' | 'extend' | 'answer';

const BUTTONS: Array<{ action: Can; text: string; panel?: Panel }> = [
  { action: 'register', text: '登记' },
  { action: 'answer', text: '答复', panel: 'answer' },
  { action: 'askSupplement', text: '要求补正', panel: 'askSupplement' },
  { action: 'extend', text: '延期答复', panel: 'extend' },
];

function Actions({ a, reload }: { a: ApplicationDetail; reload: () => Promise<void> }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const { busy, error, issues, send, reset } = useSend({ reload, reloadOn: ['CONFLICT', 'NOT_FOUND'] });
  const [missing, setMissing] = useState('');
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [ground, setGround] = useState<WithholdReason | ''>('');
  const [referTo, setReferTo] = useState('');
  const [text, setText] = useState('');
  const shown = BUTTONS.filter((b) => a.can.includes(b.action));
  if (shown.length === 0) return null;

  function open(p: Panel | null) {
    setPanel(p);
    reset();
  }
  function run<T>(schema: v.GenericSchema<unknown, T>, input: unknown, call: (d: T) => Promise<unknown>, done: string) {
    return send(schema, input, call, done, async () => {
      setPanel(null);
      await reload();
    });
  }

  return (
    <View className="section">
      <View className="h2">办理</View>
      <View className="cm-btn-row cm-btn-row--wrap">
        {shown.map((b) => (
          <Tap
            key={b.action}
            role="button"
            className={`btn ${b.panel && panel !== b.panel ? 'btn--plain' : 'btn--primary'}`}
            disabled={busy}
            onTap={() =>
              b.panel
                ? open(b.panel)
                : void run(UNIT['applications.register'].req, { id: a.id }, (d) => callUnit('applications.register', d), '已登记')
            }
          >
            <Text>
              {panel === b.panel && b.panel ? '✓ ' : ''}
              {b.text}
            </Text>
          </Tap>
        ))}
      </View>
      {!panel && <SendError error={error} conflict="申请状态已变化，已刷新" failed="操作没有成功" />}
      {panel && (
        <View className="cm-panel">
          {panel === 'askSupplement' && (
            <>
              <Text className="cm-panel__title">要求补正（只能一次）</Text>
              <Text className="muted">一次性写清楚需要补正的内容。补正前答复期限暂停，收到补正之日起重新计算20个工作日。</Text>
              <FormField label="需要补正的内容" error={issues.missing}>
                <TextBox
                  className="cm-textbox--short"
                  value={missing}
                  nativeProps={{ 'aria-label': '需要补正的内容' }}
                  maxlength={500}
                  onInput={(e) => setMissing(e.detail.value)}
                />
              </FormField>
              <SendRow
                busy={busy}
                text="发出补正要求"
                onSend={() =>
                  void run(
                    UNIT['applications.askSupplement'].req,
                    { id: a.id, missing },
                    (d) => callUnit('applications.askSupplement', d),
                    '已要求补正',
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          {panel === 'extend' && (
            <>
              <Text className="cm-panel__title">延期答复（只能一次，最多20个工作日）</Text>
              <Text className="muted">须经政府信息公开工作机构负责人同意。理由会告诉申请人。</Text>
              <FormField label="延长几个工作日" hint="1到20" error={issues.days}>
                <Input
                  className="cm-inputbox"
                  type="number"
                  maxlength={2}
                  value={days}
                  nativeProps={{ 'aria-label': '延长几个工作日' }}
                  onInput={(e) => setDays(e.detail.value)}
                />
              </FormField>
              <FormField label="延期理由" error={issues.reason}>
                <TextBox
                  className="cm-textbox--short"
                  value={reason}
                  nativeProps={{ 'aria-label': '延期理由' }}
                  maxlength={300}
                  onInput={(e) => setReason(e.detail.value)}
                />
              </FormField>
              <SendRow
                busy={busy}
                text="确认延期"
                onSend={() =>
                  void run(
                    UNIT['applications.extend'].req,
                    { id: a.id, days: days.trim() === '' ? undefined : Number(days), reason },
                    (d) => callUnit('applications.extend', d),
                    '已延期',
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          {panel === 'answer' && (
            <>
              <Text className="cm-panel__title">答复并办结</Text>
              <FormField label="答复结果" error={issues.outcome}>
                <ChoiceList name="答复结果" options={OUTCOMES} value={outcome} help={OUTCOME_HELP} onChange={setOutcome} />
              </FormField>
              {outcome && NEEDS_REASON.includes(outcome) && (
                <FormField label="不予公开的法定理由" error={issues.reason}>
                  <ChoiceList
                    name="法定理由"
                    compact
                    options={WITHHOLD_REASONS}
                    value={ground}
                    help={WITHHOLD_BASIS}
                    onChange={setGround}
                  />
                </FormField>
              )}
              {outcome && NEEDS_REFERRAL.includes(outcome) && (
                <FormField label="应向哪个机关申请、怎么联系" error={issues.referTo}>
                  <Input
                    className="cm-inputbox"
                    value={referTo}
                    nativeProps={{ 'aria-label': '应向哪个机关申请' }}
                    maxlength={300}
                    onInput={(e) => setReferTo(e.detail.value)}
                  />
                </FormField>
              )}
              <FormField label="答复内容" hint="用大白话写清楚：提供了什么、在哪里看、不能提供的为什么。" error={issues.text}>
                <Textarea
                  className="cm-textbox"
                  value={text}
                  nativeProps={{ 'aria-label': '答复内容' }}
                  maxlength={2000}
                  onInput={(e) => setText(e.detail.value)}
                />
              </FormField>
              <SendRow
                busy={busy}
                text="提交答复"
                onSend={() =>
                  void run(
                    UNIT['applications.answer'].req,
                    {
                      id: a.id,
                      outcome: outcome || undefined,
                      ...(outcome && NEEDS_REASON.includes(outcome) && ground ? { reason: ground } : {}),
                      ...(outcome && NEEDS_REFERRAL.includes(outcome) ? { referTo } : {}),
                      text,
                    },
                    (d) => callUnit('applications.answer', d),
                    '已答复',
                  )
                }
                onCancel={() => open(null)}
              />
            </>
          )}
          <FieldError text={issues.form ?? issues.id} />
          <SendError error={error} conflict="申请状态已变化，已刷新" failed="操作没有成功" />
        </View>
      )}
    </View>
  );
}

export default function UnitApplicationPage() {
  const id = param(useRouter().params.id);
  const state = useLoad(id ? `unit application ${id}` : null, () => callUnit('applications.get', { id }));
  usePullRefresh(state.reload);
  return (
    <DetailScreen id={id} missingText="链接里缺少申请编号，请从信息公开申请列表打开。" state={state}>
      {(a) => (
        <>
          <TicketLine id={a.id} />
          <View className="h1">信息公开申请</View>
          <ApplicationBadges a={a} />
          <Actions a={a} reload={state.reload} />
          <View className="h2">期限</View>
          <View className="card">
            <ApplicationClock a={a} />
          </View>
          <View className="h2">申请内容</View>
          <View className="card">
            <AskedFor a={a} />
            <Field label="申请人">
              <Text>{a.applicant.name}</Text>
            </Field>
            <Field label="身份证号码">
              <Text>{a.applicant.idNumber}</Text>
            </Field>
            <Field label="联系电话">
              <Text>{a.applicant.phone}</Text>
            </Field>
            {a.supplement && (
              <Field label="补正">
                <Text>
                  要求：{a.supplement.missing}
                  {a.supplement.text ? `\n申请人补正：${a.supplement.text}` : '\n（等待申请人补正）'}
                </Text>
              </Field>
            )}
            <Field label="提交时间">
              <Text>{formatDateCn(a.createdAt)}</Text>
            </Field>
          </View>
          {a.answer && <ApplicationAnswerBlock answer={a.answer} />}
          {a.rating && (
            <View className="card section">
              <Field label="申请人评价">
                <Text>
                  {a.rating.score}星{a.rating.comment ? `：${a.rating.comment}` : ''}
                </Text>
              </Field>
            </View>
          )}
          <TimelineSection>
            <Timeline items={a.timeline} />
          </TimelineSection>
        </>
      )}
    </DetailScreen>
  );
}
