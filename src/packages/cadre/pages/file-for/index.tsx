// 代办: a 驻村 cadre (for their villages) or a unit's counter / the 政务公开办 (anywhere in the
// county) registers a complaint for a villager without WeChat: the villager's name and phone as
// they give them, then the same kind, category and text as the resident's form. The answer is
// the ticket, to tell the villager with how to look it up (编号 + 电话后四位).
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { fileForSchema, TEXT_MAX, TEXT_MIN } from '@core/api/contracts/resident';
import type { SubmitAnswer } from '@core/api/complaint-views';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS, type ComplaintCategory, type ComplaintKind } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { NewTicket } from '../../../../components/TicketLine';
import { ActionButton } from '../../../../components/Tap';
import { ChoiceList } from '../../../../components/ChoiceList';
import { FieldError, FormField } from '../../../../components/FormField';
import { Empty, ErrorBox, Loading } from '../../../../components/Status';
import { Notice } from '../../../../components/Notice';
import { useLoad, toApiError } from '../../../../hooks/useApi';
import { ApiError, callAccount, callCadre, callPublic, callUnit } from '../../../../services/api';
import { CATEGORY_HELP, KIND_HELP } from '../../../../utils/complaint-words';
import { firstIssue, type Issues } from '../../../../utils/issues';
import { formatDateCn } from '../../../../utils/format';
import { lookupRoute } from '../../../../utils/reach-routes';
import { go, routes } from '../../../../utils/nav';
import '../../../../components/complaint.css';

interface Place {
  code: string;
  name: string;
}

function newRequestId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2)).slice(0, 24);
}

/** The places this person may file for: a cadre's villages, or the villages of a town of their county. */
function usePlaces(role: string | undefined, county: string | null, town: string) {
  const villages = useLoad(role === 'cadre' ? 'villages' : null, () => callCadre('villages.mine', {}));
  const towns = useLoad(role !== 'cadre' && county ? `towns ${county}` : null, () => callPublic('regions.children', { code: county! }));
  const inTown = useLoad(role !== 'cadre' && town ? `villages ${town}` : null, () => callPublic('regions.children', { code: town }));
  if (role === 'cadre') return { towns: [] as Place[], villages: villages.data?.villages ?? [], error: villages.error };
  return { towns: towns.data?.items ?? [], villages: inTown.data?.items ?? [], error: towns.error ?? inTown.error };
}

function Done({ answer, name, onAnother }: { answer: SubmitAnswer; name: string; onAnother: () => void }) {
  return (
    <>
      <View className="cm-done-head">
        <Text className="cm-done-head__sign">✓ 已为{name}登记</Text>
        <Text className="muted">请把编号告诉群众：拨打承办单位热线，或在“查询办理进度”输入编号和电话后四位，都能查到进度。</Text>
      </View>
      <View className="card">
        <NewTicket ticket={answer.ticket} />
        <View className="field">
          <Text className="field__label">{answer.held ? '审核后转交给' : '已转交给'}</Text>
          <Text className="field__value">{answer.unitName}</Text>
        </View>
        <View className="field">
          <Text className="field__label">答复期限</Text>
          <Text className="field__value">
            {answer.provisional ? '预计 ' : ''}
            {formatDateCn(answer.answerDue)}前
          </Text>
        </View>
      </View>
      <View className="cm-btn-row">
        <ActionButton onTap={onAnother}>再登记一件</ActionButton>
        <ActionButton kind="plain" onTap={() => go(lookupRoute(answer.ticket))}>
          查看进度
        </ActionButton>
      </View>
    </>
  );
}

export default function FileForPage() {
  const me = useLoad('me', () => callAccount('me', {}));
  const role = me.data?.account?.role;
  const county = me.data?.account ? (me.data.account.regionCodes[0] ?? me.data.account.unitId ?? '').slice(0, 6) || null : null;
  const [town, setTown] = useState('');
  const places = usePlaces(role, county, town);

  const [requestId, setRequestId] = useState(newRequestId);
  const [village, setVillage] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [kind, setKind] = useState<ComplaintKind | ''>('');
  const [category, setCategory] = useState<ComplaintCategory | ''>('');
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<SubmitAnswer | null>(null);
  const sending = useRef(false);

  if (me.error) return <Screen>{<ErrorBox error={me.error} onRetry={() => void me.reload()} />}</Screen>;
  if (!me.data) return <Screen>{<Loading />}</Screen>;
  if (!role || !['cadre', 'unit_staff', 'county_admin'].includes(role)) {
    return (
      <Screen>
        <Empty text="只有驻村干部、责任单位和政务公开办的工作人员可以代群众登记诉求。">
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </Empty>
      </Screen>
    );
  }
  if (answer) {
    return (
      <Screen>
        <Done
          answer={answer}
          name={name}
          onAnother={() => {
            setAnswer(null);
            setRequestId(newRequestId());
            setName('');
            setPhone('');
            setText('');
          }}
        />
      </Screen>
    );
  }

  async function submit() {
    if (sending.current) return; // a double tap sends once; the requestId makes a retry the same complaint
    setError(null);
    const input = { requestId, kind, category, text, regionCode: village, villagerName: name, villagerPhone: phone };
    const parsed = v.safeParse(fileForSchema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [field === 'regionCode' ? 'village' : field]: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(true);
    try {
      setAnswer(
        role === 'cadre' ? await callCadre('complaints.fileFor', parsed.output) : await callUnit('complaints.fileFor', parsed.output),
      );
    } catch (e) {
      setError(toApiError(e));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const names = (list: Place[]) => list.map((p) => p.name);
  const byName = (list: Place[], n: string) => list.find((p) => p.name === n)?.code ?? '';

  return (
    <Screen>
      <View className="h1">代群众登记诉求</View>
      <View className="muted">
        群众没有微信或不方便自己提交时，由您代为登记。诉求会和群众自己提交的一样转给负责的单位、按期限办理，并标明“代办”。
      </View>

      <View className="card">
        {role !== 'cadre' && (
          <FormField label="乡镇（街道）">
            <ChoiceList
              name="乡镇（街道）"
              compact
              options={names(places.towns)}
              value={places.towns.find((t) => t.code === town)?.name ?? ''}
              onChange={(n) => {
                setTown(byName(places.towns, n));
                setVillage('');
              }}
            />
          </FormField>
        )}
        <FormField label="1. 群众所在的村（社区）" error={issues.village}>
          {places.villages.length === 0 ? (
            <Text className="muted">{role === 'cadre' ? '您还没有绑定驻点的村。' : '请先选乡镇（街道）。'}</Text>
          ) : (
            <ChoiceList
              name="村（社区）"
              compact
              options={names(places.villages)}
              value={places.villages.find((p) => p.code === village)?.name ?? ''}
              onChange={(n) => setVillage(byName(places.villages, n))}
            />
          )}
        </FormField>
        <FormField label="2. 群众姓名" hint="按群众说的填写，只给承办单位联系用。" error={issues.villagerName}>
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={20}
            value={name}
            placeholder="如 张桂芳"
            onInput={(e) => setName(e.detail.value)}
          />
        </FormField>
        <FormField label="3. 群众电话" hint="承办单位打这个电话答复；群众凭编号和它的后四位查询进度。" error={issues.villagerPhone}>
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={20}
            value={phone}
            placeholder="如 13800001234 或 028-12345678"
            onInput={(e) => setPhone(e.detail.value)}
          />
        </FormField>
        <FormField label="4. 群众想做什么" error={issues.kind}>
          <ChoiceList name="诉求类型" options={COMPLAINT_KINDS} value={kind} help={KIND_HELP} onChange={setKind} />
        </FormField>
        <FormField label="5. 是哪一类问题" error={issues.category}>
          <ChoiceList name="问题类别" compact options={COMPLAINT_CATEGORIES} value={category} onChange={setCategory} />
          {category && <Text className="cm-form-field__hint">{CATEGORY_HELP[category]}</Text>}
        </FormField>
        <FormField
          label="6. 具体情况"
          hint={`照群众说的写清楚：什么事、在哪里、什么时候。${TEXT_MIN}到${TEXT_MAX}个字。`}
          error={issues.text}
        >
          <Textarea
            className="cm-textbox"
            value={text}
            maxlength={TEXT_MAX}
            nativeProps={{ 'aria-label': '反映的问题' }}
            onInput={(e) => setText(e.detail.value)}
          />
        </FormField>
      </View>

      <FieldError text={issues.form} />
      {places.error && <Notice title="读取地区没有成功" text={places.error.message} />}
      {error && <Notice title="登记没有成功" text={error.message} />}
      <View className="cm-btn-row">
        <ActionButton onTap={() => void submit()} disabled={busy}>
          {busy ? '正在登记…' : error ? '重新登记' : '登记'}
        </ActionButton>
        <Text className="muted">同一次填写，多点几次也只会登记一件。</Text>
      </View>
    </Screen>
  );
}
