// 申请信息公开 (依申请公开, 政府信息公开条例 Art. 29): which body holds the information, what is
// asked, the purpose (optional), how to receive it, and who asks (name, ID number, phone).
// Opened with the place (code) and, from a catalog item, its 责任单位 (unitId). Validates with
// the function's own schema; one requestId per page open, so a retry stores one application.
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { applySchema, DESCRIPTION_MAX, DESCRIPTION_MIN } from '@core/api/contracts/applications';
import type { ApplicationSubmitAnswer } from '@core/api/application-views';
import { DELIVERY_METHODS, type DeliveryMethod } from '@core/applications/model';
import { Screen } from '../../../../components/Screen';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { ActionButton } from '../../../../components/Tap';
import { Empty } from '../../../../components/Status';
import { ChoiceList } from '../../../../components/ChoiceList';
import { FieldError, FormField } from '../../../../components/FormField';
import { Notice } from '../../../../components/Notice';
import { PhoneLine } from '../../../../components/PhoneLine';
import { TicketLine } from '../../../../components/TicketLine';
import { useLoad, toApiError } from '../../../../hooks/useApi';
import { rememberHasApplications } from '../../../../hooks/useUnread';
import { ApiError, callResident } from '../../../../services/api';
import { applyRoutes, DELIVERY_HELP } from '../../../../utils/application-words';
import { formatDateCn } from '../../../../utils/format';
import { firstIssue, type Issues } from '../../../../utils/issues';
import { param } from '../../../../utils/nav';
import { signInText } from '../../../../utils/sign-in';
import '../../../../components/complaint.css';

function newRequestId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2)).slice(0, 24);
}

function Done({ answer }: { answer: ApplicationSubmitAnswer }) {
  return (
    <>
      <View className="cm-done-head">
        <Text className="cm-done-head__sign">✓ 申请已提交</Text>
        <Text className="muted">请记下申请编号，询问进度时报这个编号。</Text>
      </View>
      <SubscribePrompt audience="applicant" />
      <View className="card">
        <Text className="field__label">申请编号</Text>
        <TicketLine id={answer.id} />
      </View>
      <View className="card">
        <View className="field">
          <Text className="field__label">已送达</Text>
          <Text className="field__value">{answer.unitName}</Text>
        </View>
        <PhoneLine label="联系电话" phone={answer.unitHotline} />
        <View className="field">
          <Text className="field__label">收到申请之日</Text>
          <Text className="field__value">{formatDateCn(answer.receivedOn)}</Text>
        </View>
        <View className="field">
          <Text className="field__label">答复期限</Text>
          <Text className="field__value">
            {answer.provisional ? '预计 ' : ''}
            {formatDateCn(answer.answerDue)}前（20个工作日）。需要延长的，机关会告诉您理由，最多再延长20个工作日。
          </Text>
        </View>
      </View>
      <View className="cm-btn-row">
        <ActionButton onTap={() => void Taro.redirectTo({ url: applyRoutes.detail(answer.id) })}>查看这件申请的进度</ActionButton>
        <ActionButton kind="plain" onTap={() => void Taro.redirectTo({ url: applyRoutes.mine() })}>
          我的信息公开申请
        </ActionButton>
      </View>
    </>
  );
}

const FIELDS = ['unitId', 'description', 'purpose', 'delivery', 'postalAddress', 'name', 'idNumber', 'phone'];

export default function NewApplication() {
  const params = useRouter().params;
  const code = param(params.code);
  const startUnit = param(params.unitId);
  const bodies = useLoad(code ? `bodies ${code}` : null, () => callResident('applications.bodies', { regionCode: code }));
  const [requestId] = useState(newRequestId);
  const [unitId, setUnitId] = useState(startUnit);
  const [description, setDescription] = useState('');
  const [purpose, setPurpose] = useState('');
  const [delivery, setDelivery] = useState<DeliveryMethod | ''>('在线');
  const [postalAddress, setPostalAddress] = useState('');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<ApplicationSubmitAnswer | null>(null);
  const sending = useRef(false);

  if (!code)
    return (
      <Screen>
        <Empty text="链接里缺少地区，请从村或公开事项页面点“申请信息公开”。" />
      </Screen>
    );
  if (answer)
    return (
      <Screen>
        <Done answer={answer} />
      </Screen>
    );

  const list = bodies.data?.bodies ?? [];
  const index = list.findIndex((b) => b.id === unitId);
  const clear = (field: string) => setIssues((old) => (old[field] ? { ...old, [field]: undefined } : old));

  async function submit() {
    if (sending.current) return;
    setError(null);
    const input = {
      requestId,
      unitId,
      description,
      ...(purpose.trim() ? { purpose } : {}),
      delivery,
      ...(delivery === '邮寄' ? { postalAddress } : {}),
      name,
      idNumber,
      phone,
    };
    const parsed = v.safeParse(applySchema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [FIELDS.includes(field) ? field : 'form']: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(true);
    try {
      setAnswer(await callResident('applications.submit', parsed.output));
      rememberHasApplications();
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  return (
    <Screen>
      <View className="h1">申请信息公开</View>
      <View className="muted">
        没有主动公开、您又需要的政府信息，可以向掌握它的机关申请（《政府信息公开条例》第二十七条）。机关收到后20个工作日内答复；需要延长的最多再延长20个工作日，并告诉您理由。
      </View>

      <View className="card">
        <FormField label="1. 向哪个机关申请" hint="选掌握这项信息的单位或乡镇（街道）。不确定的可以选政务公开办。" error={issues.unitId}>
          {bodies.data ? (
            <Picker
              mode="selector"
              range={list.map((b) => (b.kind === 'town' ? `${b.name}（乡镇）` : b.name))}
              value={Math.max(0, index)}
              onChange={(e) => {
                setUnitId(list[Number(e.detail.value)]?.id ?? '');
                clear('unitId');
              }}
            >
              <View className="cm-filter tap" {...{ role: 'button' }}>
                <Text>{index >= 0 ? `✓ ${list[index].name}` : '点这里选择机关 ▾'}</Text>
              </View>
            </Picker>
          ) : (
            <Text className="muted">{bodies.error ? bodies.error.message : '正在读取机关…'}</Text>
          )}
        </FormField>

        <FormField
          label="2. 需要什么信息"
          hint={`写清楚信息的名称、文号或能找到它的特征，如“2024年本村危房改造补助资金拨付文件”。${DESCRIPTION_MIN}到${DESCRIPTION_MAX}个字。`}
          error={issues.description}
        >
          <Textarea
            className="cm-textbox"
            value={description}
            nativeProps={{ 'aria-label': '所需信息' }}
            maxlength={DESCRIPTION_MAX}
            onInput={(e) => {
              setDescription(e.detail.value);
              clear('description');
            }}
          />
        </FormField>

        <FormField label="3. 用途（选填）" error={issues.purpose}>
          <Input
            className="cm-inputbox"
            value={purpose}
            nativeProps={{ 'aria-label': '用途' }}
            maxlength={200}
            placeholder="如：核对我家补助标准"
            onInput={(e) => setPurpose(e.detail.value)}
          />
        </FormField>

        <FormField label="4. 怎么拿到信息" error={issues.delivery}>
          <ChoiceList
            name="获取方式"
            compact
            options={DELIVERY_METHODS}
            value={delivery}
            help={DELIVERY_HELP}
            onChange={(d) => {
              setDelivery(d);
              clear('delivery');
            }}
          />
        </FormField>
        {delivery === '邮寄' && (
          <FormField label="邮寄地址" error={issues.postalAddress}>
            <Input
              className="cm-inputbox"
              value={postalAddress}
              nativeProps={{ 'aria-label': '邮寄地址' }}
              maxlength={200}
              placeholder="省市县、乡镇、村组、门牌号"
              onInput={(e) => {
                setPostalAddress(e.detail.value);
                clear('postalAddress');
              }}
            />
          </FormField>
        )}

        <FormField label="5. 申请人姓名" error={issues.name}>
          <Input
            className="cm-inputbox"
            value={name}
            nativeProps={{ 'aria-label': '申请人姓名' }}
            maxlength={30}
            onInput={(e) => {
              setName(e.detail.value);
              clear('name');
            }}
          />
        </FormField>
        <FormField
          label="6. 身份证号码"
          hint="机关要核对申请人身份。号码只有承办机关能看到全部，其他地方（包括您自己的申请记录）都只显示前6位和后4位。"
          error={issues.idNumber}
        >
          <Input
            className="cm-inputbox"
            type="idcard"
            value={idNumber}
            nativeProps={{ 'aria-label': '身份证号码' }}
            maxlength={18}
            onInput={(e) => {
              setIdNumber(e.detail.value);
              clear('idNumber');
            }}
          />
        </FormField>
        <FormField label="7. 联系电话" error={issues.phone}>
          <Input
            className="cm-inputbox"
            type="text"
            value={phone}
            nativeProps={{ 'aria-label': '联系电话' }}
            maxlength={20}
            placeholder="如 13800001234"
            onInput={(e) => {
              setPhone(e.detail.value);
              clear('phone');
            }}
          />
        </FormField>
      </View>

      <FieldError text={issues.form} />
      {error && (
        <Notice
          title={error.code === 'UNAUTHENTICATED' ? '还没有登录' : '提交没有成功'}
          text={error.code === 'UNAUTHENTICATED' ? signInText() : error.message}
        />
      )}
      <View className="cm-btn-row">
        <ActionButton onTap={() => void submit()} disabled={busy}>
          {busy ? '正在提交…' : error ? '重新提交' : '提交申请'}
        </ActionButton>
        <Text className="muted">同一次填写，多点几次也只会提交一件。</Text>
      </View>
    </Screen>
  );
}
