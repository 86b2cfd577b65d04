// Pieces both sides of 依申请公开 show: the status badge, the deadline and the answer.
import { Text, View } from '@tarojs/components';
import type { ApplicationDetail, ApplicationSummary } from '@core/api/application-views';
import { statusLook } from '../utils/application-words';
import { formatDateCn, formatDateTime } from '../utils/format';
import { Field } from './Field';
import { DeadlineField } from './Deadlines';
import { OverdueBadge } from './ComplaintBadges';
import { PhotoGrid } from './PhotoGrid';
import './complaint.css';

export function ApplicationBadges({ a }: { a: ApplicationSummary }) {
  const look = statusLook(a.status);
  return (
    <View className="row__badges">
      <Text className={look.cls}>
        {look.sign} {a.statusName}
      </Text>
      {a.outcome && <Text className="badge badge--plain">{a.outcome}</Text>}
      {a.extended && <Text className="badge badge--plain">已延期</Text>}
      {a.paused && <Text className="badge badge--plain">期限暂停</Text>}
      <OverdueBadge level={a.deadline.level} />
    </View>
  );
}

/** 收到申请之日, the answer deadline (paused while waiting for 补正), and an extension with its reason. */
/** What was asked for: the information, its use (when given) and how it is to be delivered. */
export function AskedFor({ a }: { a: ApplicationDetail }) {
  return (
    <>
      <Field label="所需信息">
        <Text>{a.description}</Text>
      </Field>
      {a.purpose && (
        <Field label="用途">
          <Text>{a.purpose}</Text>
        </Field>
      )}
      <Field label="获取方式">
        <Text>
          {a.delivery}
          {a.postalAddress ? `：${a.postalAddress}` : ''}
        </Text>
      </Field>
    </>
  );
}

export function ApplicationClock({ a }: { a: ApplicationDetail }) {
  return (
    <>
      <Field label="收到申请之日">
        <Text>{formatDateCn(a.receivedOn)}</Text>
      </Field>
      {a.clockFrom !== a.receivedOn && (
        <Field label="补正后重新计算自">
          <Text>{formatDateCn(a.clockFrom)}</Text>
        </Field>
      )}
      <DeadlineField
        label="答复期限"
        d={a.deadline}
        active={a.status === 'submitted' || a.status === 'registered'}
        note={a.paused ? '（等待补正，期限暂停计算；收到补正之日起重新计算20个工作日）' : a.extension ? '（已延期）' : ''}
      />
      {a.extension && (
        <Field label="延期">
          <Text>
            延长{a.extension.days}个工作日：{a.extension.reason}
          </Text>
        </Field>
      )}
    </>
  );
}

export function ApplicationAnswerBlock({ answer }: { answer: NonNullable<ApplicationDetail['answer']> }) {
  return (
    <>
      <View className="h2">答复：{answer.outcome}</View>
      <View className="muted">{answer.outcomeHelp}</View>
      {answer.reason && (
        <View className="card">
          <Field label="理由">
            <Text>
              {answer.reason}（{answer.basis}）
            </Text>
          </Field>
        </View>
      )}
      {answer.referTo && (
        <View className="card">
          <Field label="请向这里申请">
            <Text>{answer.referTo}</Text>
          </Field>
        </View>
      )}
      <View className="cm-quote">{answer.text}</View>
      <View className="muted">
        {answer.unitName} · {formatDateTime(answer.at)}答复{answer.onTime ? '' : '（超过期限）'}
      </View>
      <PhotoGrid ids={answer.attachments} label="附件" />
    </>
  );
}
