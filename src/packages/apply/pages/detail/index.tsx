// One of my applications: what I asked, where it went, the clock (paused while a 补正 is
// awaited), the answer with its outcome and legal reason, the full timeline; and, when asked,
// 补正, or, once answered, a rating. My ID number shows masked here too.
import { TextBox } from '../../../../components/TextBox';
import { useRouter } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { RESIDENT } from '@core/api/contracts/resident';
import type { ApplicationDetail } from '@core/api/application-views';
import { ActionButton } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { PhoneLine } from '../../../../components/PhoneLine';
import { DetailScreen } from '../../../../components/DetailScreen';
import { FieldError, FormField } from '../../../../components/FormField';
import { SendError } from '../../../../components/SendControls';
import { TicketLine } from '../../../../components/TicketLine';
import { Timeline, TimelineSection } from '../../../../components/Timeline';
import { ApplicationAnswerBlock, ApplicationBadges, ApplicationClock, AskedFor } from '../../../../components/ApplicationBits';
import { ChoiceList } from '../../../../components/ChoiceList';
import { useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { useSend } from '../../../../hooks/useSend';
import { callResident } from '../../../../services/api';
import { formatDateCn } from '../../../../utils/format';
import { param } from '../../../../utils/nav';
import '../../../../components/complaint.css';

const SCORES = ['1星', '2星', '3星', '4星', '5星'] as const;
const SCORE_HELP: Record<string, string> = { '1星': '很不满意', '2星': '不满意', '3星': '一般', '4星': '满意', '5星': '很满意' };

function Supply({ a, onDone }: { a: ApplicationDetail; onDone: () => Promise<void> }) {
  const [text, setText] = useState('');
  const { busy, error, issues, send } = useSend({ reload: onDone, reloadOn: ['CONFLICT'] });
  return (
    <View className="cm-panel">
      <Text className="cm-panel__title">机关请您补正</Text>
      <View className="cm-quote">{a.supplement?.missing}</View>
      <Text className="muted">补正前答复期限暂停计算；提交补正后，从今天起重新计算20个工作日。</Text>
      <FormField label="补正内容" error={issues.text ?? issues.form}>
        <Textarea
          className="cm-textbox"
          value={text}
          nativeProps={{ 'aria-label': '补正内容' }}
          maxlength={1000}
          onInput={(e) => setText(e.detail.value)}
        />
      </FormField>
      <SendError error={error} conflict="状态已变化，已刷新" failed="没有提交成功" />
      <View className="cm-btn-row">
        <ActionButton
          onTap={() =>
            void send(
              RESIDENT['applications.supply'].req,
              { id: a.id, text },
              (d) => callResident('applications.supply', d),
              '补正已提交',
              onDone,
            )
          }
          disabled={busy}
        >
          {busy ? '正在提交…' : '提交补正'}
        </ActionButton>
      </View>
    </View>
  );
}

function Rate({ a, onDone }: { a: ApplicationDetail; onDone: () => Promise<void> }) {
  const [score, setScore] = useState<(typeof SCORES)[number] | ''>('');
  const [comment, setComment] = useState('');
  const { busy, error, issues, send } = useSend({ reload: onDone, reloadOn: ['CONFLICT'] });
  const n = score ? SCORES.indexOf(score) + 1 : undefined;
  return (
    <View className="cm-panel">
      <Text className="cm-panel__title">对这次答复满意吗？</Text>
      <FormField label="打分" error={issues.score}>
        <ChoiceList name="评分" compact options={SCORES} value={score} help={SCORE_HELP} onChange={setScore} />
      </FormField>
      <FormField label="想说的话（选填）" error={issues.comment}>
        <TextBox
          className="cm-textbox--short"
          value={comment}
          nativeProps={{ 'aria-label': '想说的话' }}
          maxlength={300}
          onInput={(e) => setComment(e.detail.value)}
        />
      </FormField>
      <FieldError text={issues.form ?? issues.id} />
      <SendError error={error} conflict="状态已变化，已刷新" failed="没有提交成功" />
      <View className="cm-btn-row">
        <ActionButton
          onTap={() =>
            void send(
              RESIDENT['applications.rate'].req,
              { id: a.id, score: n, ...(comment.trim() ? { comment } : {}) },
              (d) => callResident('applications.rate', d),
              '评价已提交',
              onDone,
            )
          }
          disabled={busy}
        >
          {busy ? '正在提交…' : '提交评价'}
        </ActionButton>
      </View>
    </View>
  );
}

export default function ApplicationPage() {
  const id = param(useRouter().params.id);
  const state = useLoad(id ? `application ${id}` : null, () => callResident('applications.get', { id }));
  usePullRefresh(state.reload);
  return (
    <DetailScreen id={id} missingText="链接里缺少申请编号，请从“我的信息公开申请”打开。" state={state}>
      {(a) => (
        <>
          <View className="h1">信息公开申请</View>
          <ApplicationBadges a={a} />
          <TicketLine id={a.id} className="cm-ticket-row section" />
          {a.can.includes('supply') && <Supply a={a} onDone={state.reload} />}
          {a.answer && (
            <View className="section">
              <ApplicationAnswerBlock answer={a.answer} />
            </View>
          )}
          {a.rating && (
            <View className="card section">
              <Field label="您的评价">
                <Text>
                  {a.rating.score}星{a.rating.comment ? `：${a.rating.comment}` : ''}
                </Text>
              </Field>
            </View>
          )}
          {a.can.includes('rate') && <Rate a={a} onDone={state.reload} />}

          <View className="h2">承办机关和期限</View>
          <View className="card">
            <Field label="承办机关">
              <Text>{a.unitName}</Text>
            </Field>
            <PhoneLine label="联系电话" phone={a.unitHotline} />
            <ApplicationClock a={a} />
          </View>

          <View className="h2">我申请的信息</View>
          <View className="card">
            <AskedFor a={a} />
            <Field label="申请人">
              <Text>
                {a.applicant.name} · 身份证 {a.applicant.idNumber} · {a.applicant.phone}
              </Text>
            </Field>
            {a.supplement?.text && (
              <Field label="我的补正">
                <Text>{a.supplement.text}</Text>
              </Field>
            )}
            <Field label="提交时间">
              <Text>{formatDateCn(a.createdAt)}</Text>
            </Field>
          </View>

          <TimelineSection>
            <Timeline items={a.timeline} />
          </TimelineSection>
        </>
      )}
    </DetailScreen>
  );
}
