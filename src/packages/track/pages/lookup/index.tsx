// 查询办理进度: anyone follows a complaint without WeChat sign-in, by its ticket and the last 4
// digits of the phone given with it (a villager a cadre filed for, or a resident on another
// phone). The answer carries no phone and no full name; wrong pairs are refused alike.
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { PUBLIC } from '@core/api/contracts/public';
import type { LookupView } from '@core/api/complaint-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Field } from '../../../../components/Field';
import { FieldError, FormField } from '../../../../components/FormField';
import { Notice } from '../../../../components/Notice';
import { PhoneLine } from '../../../../components/PhoneLine';
import { DeadlineField } from '../../../../components/Deadlines';
import { toApiError } from '../../../../hooks/useApi';
import { ApiError, callPublic } from '../../../../services/api';
import { firstIssue, type Issues } from '../../../../utils/issues';
import { formatDateCn } from '../../../../utils/format';
import { param } from '../../../../utils/nav';
import '../../../../components/complaint.css';

function Progress({ c }: { c: LookupView }) {
  const active = c.status === 'submitted' ? 'accept' : ['accepted', 'in_progress'].includes(c.status) ? 'answer' : null;
  return (
    <View className="section" role="region" aria-label="办理进度">
      <View className="h2">{c.title}</View>
      <View className="row__badges">
        <Text className="badge badge--running">{c.statusName}</Text>
        <Text className="badge badge--plain">{c.kind}</Text>
        {c.proxy && <Text className="badge badge--plain">代办</Text>}
      </View>
      <View className="card">
        <Field label="诉求编号">
          <Text>{c.ticket}</Text>
        </Field>
        {c.proxy && (
          <Field label="代办">
            <Text>
              {c.proxy.by}代{c.proxy.name}登记
            </Text>
          </Field>
        )}
        <Field label="地方">
          <Text>{c.regionName}</Text>
        </Field>
        <Field label="承办单位">
          <Text>{c.unitName}</Text>
        </Field>
        <PhoneLine label="承办单位热线" phone={c.unitHotline} />
        {c.status !== 'held' && <DeadlineField label="签收期限" d={c.acceptDeadline} active={active === 'accept'} />}
        {c.status !== 'held' && <DeadlineField label="答复期限" d={c.answerDeadline} active={active === 'answer'} />}
      </View>
      {c.answer && (
        <View className="card">
          <Field label={`${c.answer.unitName} ${formatDateCn(c.answer.at)}答复`}>
            <Text>{c.answer.text}</Text>
          </Field>
        </View>
      )}
      <View className="h2">办理经过</View>
      <View className="card">
        {c.timeline.map((e, i) => (
          <View key={i} className="field">
            <Text className="field__label">
              {formatDateCn(e.at)} · {e.by}
            </Text>
            <Text className="field__value">
              {e.actionName}
              {e.note ? `：${e.note}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export default function LookupPage() {
  const [ticket, setTicket] = useState(param(useRouter().params.ticket));
  const [last4, setLast4] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [found, setFound] = useState<LookupView | null>(null);

  async function look() {
    setError(null);
    const parsed = v.safeParse(PUBLIC['complaints.lookup'].req, { ticket, phoneLast4: last4 });
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [field]: message });
      return;
    }
    setIssues({});
    setBusy(true);
    try {
      setFound(await callPublic('complaints.lookup', parsed.output));
    } catch (e) {
      setFound(null);
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen>
      <View className="h1">查询办理进度</View>
      <View className="muted">
        输入诉求编号和登记时留的电话号码的后四位，就能看到办到哪一步、单位怎么答复。不用登录，工作人员代您登记的也能查。
      </View>
      <View className="card">
        <FormField label="诉求编号" hint="如 510118-20261126-0001" error={issues.ticket}>
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={24}
            value={ticket}
            nativeProps={{ 'aria-label': '诉求编号' }}
            onInput={(e) => setTicket(e.detail.value)}
          />
        </FormField>
        <FormField label="电话号码后四位" error={issues.phoneLast4}>
          <Input
            className="cm-inputbox"
            type="number"
            maxlength={4}
            value={last4}
            nativeProps={{ 'aria-label': '电话号码后四位' }}
            onInput={(e) => setLast4(e.detail.value)}
          />
        </FormField>
        <FieldError text={issues.form} />
        <View className="cm-btn-row">
          <ActionButton onTap={() => void look()} disabled={busy}>
            {busy ? '正在查询…' : '查询'}
          </ActionButton>
        </View>
      </View>
      {error && (
        <Notice
          title={error.code === 'NOT_FOUND' ? '没有查到' : error.code === 'RATE_LIMITED' ? '查询次数太多' : '查询没有成功'}
          text={error.message}
        />
      )}
      {found && <Progress c={found} />}
    </Screen>
  );
}
