// One of my complaints: what I wrote, where it went, the deadlines, the answer, the full
// timeline; and, when the answer is in, 评价 (1星…5星) or 不满意，重新办理.
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useState } from 'react';
import { RESIDENT } from '@core/api/contracts/resident';
import type { ComplaintDetail } from '@core/api/complaint-views';
import { ActionButton } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { PhoneLine } from '../../../../components/PhoneLine';
import { useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { callResident } from '../../../../services/api';
import { param } from '../../../../utils/nav';
import { AnswerBlock } from '../../../../components/AnswerBlock';
import { ComplaintFacts } from '../../../../components/ComplaintFacts';
import { Deadlines } from '../../../../components/Deadlines';
import { DetailScreen } from '../../../../components/DetailScreen';
import { FieldError, FormField } from '../../../../components/FormField';
import { formatDateCn } from '../../../../utils/format';
import { isActive } from '../../../../utils/complaint-words';
import { SendError } from '../../../../components/SendControls';
import { StatusBadge } from '../../../../components/ComplaintBadges';
import { TicketLine } from '../../../../components/TicketLine';
import { Timeline, TimelineSection } from '../../../../components/Timeline';
import { useSend } from '../../../../hooks/useSend';
import '../../../../components/complaint.css';

const SCORE_WORDS = ['', '很不满意', '不满意', '一般', '满意', '很满意'];

function Stars({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  return (
    <View className="cm-stars" role="radiogroup" aria-label="评分">
      {[1, 2, 3, 4, 5].map((n) => {
        const on = n === value;
        const a11y: Record<string, string> = {
          role: 'radio',
          'aria-checked': on ? 'true' : 'false',
          'aria-label': `${n}星，${SCORE_WORDS[n]}`,
        };
        return (
          <View
            key={n}
            className={'cm-star tap' + (on ? ' cm-star--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(n)}
            {...a11y}
          >
            <Text className="cm-star__icon">{n <= value ? '★' : '☆'}</Text>
            <Text className="cm-star__text">
              {n}星{on ? ' ✓' : ''}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

function Actions({ c, onDone }: { c: ComplaintDetail; onDone: () => Promise<void> }) {
  const [mode, setMode] = useState<'rate' | 'reopen'>('rate');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  // 回应关切: the question and answer may be shown publicly, masked; default no.
  const [publicConsent, setPublicConsent] = useState(false);
  const [reason, setReason] = useState('');
  // Sent, or someone acted first: the complaint loads again.
  const { busy, error, issues, setIssues, send } = useSend({ reload: onDone, reloadOn: ['CONFLICT'] });

  const canRate = c.can.includes('rate');
  const canReopen = c.can.includes('reopen');
  if (!canRate && !canReopen) return null;

  const rate = () =>
    send(
      RESIDENT['complaints.rate'].req,
      { id: c.id, score: score || undefined, ...(comment.trim() ? { comment } : {}), ...(publicConsent ? { publicConsent: true } : {}) },
      (d) => callResident('complaints.rate', d),
      '评价已提交',
      onDone,
    );
  const reopen = () =>
    send(RESIDENT['complaints.reopen'].req, { id: c.id, reason }, (d) => callResident('complaints.reopen', d), '已要求重新办理', onDone);

  return (
    <View className="cm-panel">
      <Text className="cm-panel__title">对答复满意吗？</Text>
      <Text className="muted">承办单位已经答复。请打分；不满意可以要求重新办理{canReopen ? '（只能要求一次）' : ''}。</Text>
      {canReopen && (
        <View className="cm-btn-row cm-btn-row--wrap">
          <ActionButton kind={mode === 'rate' ? 'primary' : 'plain'} onTap={() => setMode('rate')}>
            {mode === 'rate' ? '✓ ' : ''}评价
          </ActionButton>
          <ActionButton kind={mode === 'reopen' ? 'primary' : 'plain'} onTap={() => setMode('reopen')}>
            {mode === 'reopen' ? '✓ ' : ''}不满意，重新办理
          </ActionButton>
        </View>
      )}
      {mode === 'rate' || !canReopen ? (
        <>
          <FormField label="打分" hint={score ? `${score}星：${SCORE_WORDS[score]}` : '1星最差，5星最好'} error={issues.score}>
            <Stars
              value={score}
              onChange={(n) => {
                setScore(n);
                setIssues({});
              }}
            />
          </FormField>
          <FormField label="想说的话（选填）" error={issues.comment}>
            <TextBox
              className="cm-textbox--short"
              value={comment}
              maxlength={300}
              placeholder="比如：答复清楚，问题解决了。"
              onInput={(e) => setComment(e.detail.value)}
            />
          </FormField>
          <FormField
            label="公开这次问答（选填）"
            hint="同意后，问题和答复会在“群众关切与回应”中公开，隐去姓名、电话、门牌号和照片；不同意则只有您能看到。"
          >
            <ActionButton kind={publicConsent ? 'primary' : 'plain'} onTap={() => setPublicConsent(!publicConsent)}>
              {publicConsent ? '✓ 同意公开' : '不公开（点此同意公开）'}
            </ActionButton>
          </FormField>
          <FieldError text={issues.form ?? issues.id} />
          <SendError error={error} conflict="状态已变化，已刷新" failed="没有提交成功" />
          <View className="cm-btn-row">
            <ActionButton onTap={() => void rate()} disabled={busy}>
              {busy ? '正在提交…' : '提交评价'}
            </ActionButton>
          </View>
        </>
      ) : (
        <>
          <FormField label="不满意的原因" hint="说说哪里没解决，承办单位会重新办理并再次答复。" error={issues.reason}>
            <TextBox
              className="cm-textbox--short"
              value={reason}
              maxlength={300}
              placeholder="比如：答复没有说清楚补助为什么没发。"
              onInput={(e) => {
                setReason(e.detail.value);
                setIssues({});
              }}
            />
          </FormField>
          <FieldError text={issues.form ?? issues.id} />
          <SendError error={error} conflict="状态已变化，已刷新" failed="没有提交成功" />
          <View className="cm-btn-row">
            <ActionButton onTap={() => void reopen()} disabled={busy}>
              {busy ? '正在提交…' : '提交，要求重新办理'}
            </ActionButton>
          </View>
        </>
      )}
    </View>
  );
}

export default function ComplaintDetailPage() {
  const id = param(useRouter().params.id);
  const state = useLoad(id ? `mine ${id}` : null, () => callResident('complaints.get', { id }));
  usePullRefresh(state.reload);

  return (
    <DetailScreen id={id} missingText="链接里缺少诉求编号，请从“我的监督”打开。" state={state}>
      {(c) => (
        <>
          <View className="h1">{c.disclosureTitle ?? c.itemTitle ?? `${c.kind}`}</View>
          <View className="row__badges">
            <StatusBadge status={c.status} name={c.statusName} />
            <Text className="badge badge--plain">{c.kind}</Text>
            {c.escalated && <Text className="badge badge--running">已督办</Text>}
            {c.extended && <Text className="badge badge--plain">已延期</Text>}
            {c.reopened && <Text className="badge badge--plain">重新办理过</Text>}
          </View>
          <TicketLine id={c.id} className="cm-ticket-row section" />
          {c.status === 'held' && (
            <View className="cm-info" role="status">
              <Text className="cm-info__title">内容需人工审核后转交</Text>
              <Text>工作人员审核通过后，会转交给承办单位办理，期限从转交时开始算。</Text>
            </View>
          )}

          {c.answer && (
            <View className="section">
              <AnswerBlock answer={c.answer} atSuffix="答复" />
            </View>
          )}
          {c.rating && (
            <View className="card section">
              <Field label="您的评价">
                <Text>
                  {'★'.repeat(c.rating.score)}
                  {'☆'.repeat(5 - c.rating.score)} {c.rating.score}星（{SCORE_WORDS[c.rating.score]}）
                </Text>
                {c.rating.comment && <View>{c.rating.comment}</View>}
              </Field>
            </View>
          )}
          <Actions c={c} onDone={state.reload} />

          <View className="h2">办理单位和期限</View>
          <View className="card">
            <Field label="承办单位">
              <Text>{c.unitName}</Text>
            </Field>
            <PhoneLine label="承办单位热线" phone={c.unitHotline} />
            {c.status !== 'held' && <Deadlines c={c} />}
            {isActive(c.status) && c.deadline.level !== 'on_time' && (
              <View className="muted">已超过期限，政务公开办会督办。也可以拨打上面的热线催问。</View>
            )}
          </View>

          <View className="h2">我反映的情况</View>
          <View className="card">
            <Field label="类型">
              <Text>
                {c.kind} · {c.category}
              </Text>
            </Field>
            <ComplaintFacts c={c} linkDisclosure />
            <Field label="对承办单位匿名">
              <Text>{c.anonymous ? '是（单位看不到您的姓名和电话）' : '否'}</Text>
            </Field>
            {c.contactPhone && (
              <Field label="联系电话">
                <Text>{c.contactPhone}</Text>
              </Field>
            )}
            <Field label="提交时间">
              <Text>{formatDateCn(c.createdAt)}</Text>
            </Field>
          </View>

          <TimelineSection>
            <Timeline items={c.timeline} />
          </TimelineSection>
        </>
      )}
    </DetailScreen>
  );
}
