// 我要监督: the complaint form. Opened with the place (code) and, when known, the domain, the
// catalog item or the disclosure it is about, and a kind (公示异议 from a running 公示).
// Validates with the same valibot schema as the function; one requestId per page open, so a
// double tap or a retry after a network error stores one complaint.
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Input, Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { MAX_PHOTOS, submitSchema, TEXT_MAX, TEXT_MIN } from '@core/api/contracts/resident';
import type { SubmitAnswer } from '@core/api/complaint-views';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS, type ComplaintCategory, type ComplaintKind } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { NewTicket } from '../../../../components/TicketLine';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Empty } from '../../../../components/Status';
import { PhoneLine } from '../../../../components/PhoneLine';
import { useLoad, toApiError } from '../../../../hooks/useApi';
import { ApiError, callPublic, callResident } from '../../../../services/api';
import { pickPhotos, uploadPhoto, newUploadBatch, type PickedPhoto } from '../../../../services/upload';
import { regionTitle } from '../../../../utils/format';
import { go, param } from '../../../../utils/nav';
import { CATEGORY_HELP, KIND_HELP } from '../../../../utils/complaint-words';
import { ChoiceList } from '../../../../components/ChoiceList';
import { complaintRoutes } from '../../../../pages/complaint/routes';
import { FieldError, FormField } from '../../../../components/FormField';
import { firstIssue, type Issues } from '../../../../utils/issues';
import { formatDateCn } from '../../../../utils/format';
import { Notice } from '../../../../components/Notice';
import { signInText } from '../../../../utils/sign-in';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { rememberHasComplaints } from '../../../../hooks/useUnread';
import '../../../../components/complaint.css';

function newRequestId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2)).slice(0, 24);
}

function pick<T extends string>(list: readonly T[], x: string): T | '' {
  return (list as readonly string[]).includes(x) ? (x as T) : '';
}

interface PhotoSlot {
  key: string;
  picked: PickedPhoto;
  fileId?: string;
  state: 'uploading' | 'done' | 'failed';
  error?: string;
}

/** What the complaint is about: the place, and the item or disclosure, read from the public API. */
function About({ code, itemId, disclosureId }: { code: string; itemId: string; disclosureId: string }) {
  const region = useLoad(code ? `r ${code}` : null, () => callPublic('regions.get', { code }));
  const disclosure = useLoad(disclosureId ? `d ${disclosureId}` : null, () => callPublic('disclosures.get', { id: disclosureId }));
  const item = useLoad(itemId && !disclosureId ? `i ${itemId}` : null, () => callPublic('catalog.get', { id: itemId }));
  const place = region.data ? regionTitle(region.data.region) : region.error ? code : '正在读取…';
  return (
    <View className="card cm-about">
      <Text className="cm-about__line">
        <Text className="cm-about__label">地区</Text>
        <Text>{place}</Text>
      </Text>
      {disclosureId && (
        <Text className="cm-about__line">
          <Text className="cm-about__label">公开信息</Text>
          <Text>{disclosure.data?.title ?? (disclosure.error ? '（读取失败，不影响提交）' : '正在读取…')}</Text>
        </Text>
      )}
      {disclosure.data?.item && (
        <Text className="cm-about__line">
          <Text className="cm-about__label">公开事项</Text>
          <Text>{disclosure.data.item.level2}</Text>
        </Text>
      )}
      {itemId && !disclosureId && (
        <Text className="cm-about__line">
          <Text className="cm-about__label">公开事项</Text>
          <Text>{item.data?.item.level2 ?? (item.error ? '（读取失败，不影响提交）' : '正在读取…')}</Text>
        </Text>
      )}
    </View>
  );
}

function Done({ answer }: { answer: SubmitAnswer }) {
  return (
    <>
      <View className="cm-done-head">
        <Text className="cm-done-head__sign">✓ 提交成功</Text>
        <Text className="muted">请记下编号，打电话询问进度时报这个编号。</Text>
      </View>
      <SubscribePrompt audience="owner" />
      <View className="card">
        <NewTicket ticket={answer.ticket} />
      </View>

      {answer.held && (
        <View className="cm-info" role="status">
          <Text className="cm-info__title">内容需人工审核后转交</Text>
          <Text>
            系统检查后认为这段内容需要工作人员看一下，审核通过后会转交给下面的承办单位，期限从转交时开始算。审核期间您可以在“我的监督”里看到这件诉求。
          </Text>
        </View>
      )}

      <View className="card">
        <View className="field">
          <Text className="field__label">{answer.held ? '审核后转交给' : '已转交给'}</Text>
          <Text className="field__value">{answer.unitName}</Text>
        </View>
        <PhoneLine label="承办单位热线" phone={answer.unitHotline} />
        <View className="field">
          <Text className="field__label">签收期限</Text>
          <Text className="field__value">
            {answer.provisional ? '预计 ' : ''}
            {formatDateCn(answer.acceptDue)}前，承办单位要签收（表示收到了）
          </Text>
        </View>
        <View className="field">
          <Text className="field__label">答复期限</Text>
          <Text className="field__value">
            {answer.provisional ? '预计 ' : ''}
            {formatDateCn(answer.answerDue)}前，承办单位要给您答复
            {answer.provisional ? `（${answer.answerDue.slice(0, 4)}年节假日安排未公布，公布后重新计算）` : ''}
          </Text>
        </View>
      </View>
      <View className="cm-btn-row">
        <ActionButton onTap={() => void Taro.redirectTo({ url: complaintRoutes.mine() })}>查看我的监督</ActionButton>
        <ActionButton kind="plain" onTap={() => void Taro.redirectTo({ url: complaintRoutes.detail(answer.ticket) })}>
          查看这件诉求的进度
        </ActionButton>
      </View>
    </>
  );
}

export default function NewComplaint() {
  const params = useRouter().params;
  const code = param(params.code);
  const domain = param(params.domain);
  const itemId = param(params.itemId);
  const disclosureId = param(params.disclosureId);
  const startKind = pick(COMPLAINT_KINDS, param(params.kind));

  const [requestId] = useState(newRequestId);
  const [kind, setKind] = useState<ComplaintKind | ''>(startKind);
  const [category, setCategory] = useState<ComplaintCategory | ''>(
    pick(COMPLAINT_CATEGORIES, param(params.category)) || (startKind === '公示异议' ? '对公示对象有异议' : ''),
  );
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [photos, setPhotos] = useState<PhotoSlot[]>([]);
  const [issues, setIssues] = useState<Issues>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<SubmitAnswer | null>(null);
  const sending = useRef(false);
  const keySeq = useRef(0);
  // One folder for this complaint's photos; a new complaint (a new page) gets another.
  const batch = useRef(newUploadBatch());

  if (!code)
    return (
      <Screen>
        <Empty text="链接里缺少地区，请从村、事项或公开信息页面点“我要监督”。" />
      </Screen>
    );
  if (answer)
    return (
      <Screen>
        <Done answer={answer} />
      </Screen>
    );

  const clearIssue = (field: string) => setIssues((old) => (old[field] ? { ...old, [field]: undefined } : old));

  async function upload(slot: PhotoSlot) {
    setPhotos((list) => list.map((p) => (p.key === slot.key ? { ...p, state: 'uploading', error: undefined } : p)));
    try {
      const fileId = await uploadPhoto(slot.picked, batch.current);
      setPhotos((list) => list.map((p) => (p.key === slot.key ? { ...p, state: 'done', fileId } : p)));
    } catch (e) {
      const err = toApiError(e);
      const msg = err.code === 'UNAUTHENTICATED' ? signInText() : err.message;
      setPhotos((list) => list.map((p) => (p.key === slot.key ? { ...p, state: 'failed', error: msg } : p)));
    }
  }

  async function addPhotos() {
    const picked = await pickPhotos(MAX_PHOTOS - photos.length);
    if (picked.length === 0) return;
    const slots: PhotoSlot[] = picked.map((p) => ({ key: `p${++keySeq.current}`, picked: p, state: 'uploading' }));
    setPhotos((list) => list.concat(slots).slice(0, MAX_PHOTOS));
    clearIssue('photos');
    await Promise.all(slots.map((s) => upload(s)));
  }

  async function submit() {
    if (sending.current) return; // a double tap sends once
    setError(null);
    if (photos.some((p) => p.state === 'uploading')) {
      setIssues({ photos: '照片还在上传，请稍等一下再提交' });
      return;
    }
    if (photos.some((p) => p.state === 'failed')) {
      setIssues({ photos: '有照片没有传上去，请点“重传”或“删除”后再提交' });
      return;
    }
    const input = {
      requestId,
      kind,
      category,
      text,
      regionCode: code,
      ...(domain ? { domain } : {}),
      ...(itemId ? { itemId } : {}),
      ...(disclosureId ? { disclosureId } : {}),
      ...(photos.length ? { photos: photos.map((p) => p.fileId as string) } : {}),
      ...(phone.trim() ? { contactPhone: phone.trim() } : {}),
      anonymous,
    };
    const parsed = v.safeParse(submitSchema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      const shown = ['kind', 'category', 'text', 'photos', 'contactPhone', 'anonymous'].includes(field) ? field : 'form';
      setIssues({ [shown]: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(true);
    try {
      const a = await callResident('complaints.submit', parsed.output);
      rememberHasComplaints();
      setAnswer(a);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (err.code === 'CONTENT_REJECTED') setIssues({ text: '请修改这段内容后再提交' });
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const count = text.trim().length;
  const countBad = count > 0 && (count < TEXT_MIN || count > TEXT_MAX);
  const uploading = photos.some((p) => p.state === 'uploading');

  return (
    <Screen>
      <View className="h1">我要监督</View>
      <View className="muted">
        发现该公开的没公开、公开得不对或不及时，或者有疑问、有意见，都可以在这里说。我们会转给负责的单位，单位要在规定时间内签收并答复您。
      </View>

      <View className="h2">说的是哪件事</View>
      <About code={code} itemId={itemId} disclosureId={disclosureId} />

      <View className="card">
        <FormField label="1. 您想做什么" error={issues.kind}>
          <ChoiceList
            name="诉求类型"
            options={COMPLAINT_KINDS}
            value={kind}
            help={KIND_HELP}
            onChange={(k) => {
              setKind(k);
              clearIssue('kind');
            }}
          />
        </FormField>

        <FormField label="2. 是哪一类问题" error={issues.category}>
          <ChoiceList
            name="问题类别"
            compact
            options={COMPLAINT_CATEGORIES}
            value={category}
            onChange={(c) => {
              setCategory(c);
              clearIssue('category');
            }}
          />
          {category && <Text className="cm-form-field__hint">{CATEGORY_HELP[category]}</Text>}
        </FormField>

        <FormField
          label="3. 具体情况"
          hint={`写清楚是什么事、在哪里、什么时候。至少${TEXT_MIN}个字，最多${TEXT_MAX}个字。`}
          error={issues.text}
        >
          <TextBox
            value={text}
            maxlength={TEXT_MAX}
            placeholder="例如：公示名单里有一户去年已经搬走了，不符合条件。"
            onInput={(e) => {
              setText(e.detail.value);
              clearIssue('text');
              if (error?.code === 'CONTENT_REJECTED') setError(null);
            }}
          />
          <Text className={'cm-counter' + (countBad ? ' cm-counter--bad' : '')}>
            已写{count}字（至少{TEXT_MIN}字，最多{TEXT_MAX}字）{count > 0 && count < TEXT_MIN ? '，还差' + (TEXT_MIN - count) + '字' : ''}
          </Text>
        </FormField>

        <FormField label={`4. 照片（选填，最多${MAX_PHOTOS}张）`} hint="可以拍公示栏、现场或材料。" error={issues.photos}>
          <View className="cm-photos">
            {photos.map((p, i) => (
              <View key={p.key} className="cm-photos__cell">
                <Image className="cm-photos__img" src={p.picked.path} mode="aspectFill" />
                <Text className={'cm-photos__state' + (p.state === 'failed' ? ' cm-photos__state--bad' : '')}>
                  {p.state === 'uploading' ? `照片${i + 1} 上传中…` : p.state === 'done' ? `照片${i + 1} 已上传` : `照片${i + 1} 上传失败`}
                </Text>
                <View className="cm-photos__actions">
                  {p.state === 'failed' && (
                    <Tap role="button" className="cm-photos__btn" label={`重传照片${i + 1}`} onTap={() => void upload(p)}>
                      <Text>重传</Text>
                    </Tap>
                  )}
                  <Tap
                    role="button"
                    className="cm-photos__btn"
                    label={`删除照片${i + 1}`}
                    onTap={() => setPhotos((list) => list.filter((x) => x.key !== p.key))}
                  >
                    <Text>删除</Text>
                  </Tap>
                </View>
                {p.error && <Text className="cm-photos__state cm-photos__state--bad">{p.error}</Text>}
              </View>
            ))}
            {photos.length < MAX_PHOTOS && (
              <Tap role="button" className="cm-photos__add" onTap={() => void addPhotos()}>
                <Text className="cm-photos__plus">＋</Text>
                <Text>添加照片</Text>
                <Text className="cm-photos__caption">还可加{MAX_PHOTOS - photos.length}张</Text>
              </Tap>
            )}
          </View>
        </FormField>

        <FormField label="5. 联系电话（选填）" hint="留了电话，承办单位可以打给您核实情况。" error={issues.contactPhone}>
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={20}
            value={phone}
            placeholder="如 13800001234 或 028-12345678"
            onInput={(e) => {
              setPhone(e.detail.value);
              clearIssue('contactPhone');
            }}
          />
        </FormField>

        <FormField label="6. 对承办单位匿名" error={issues.anonymous}>
          <View
            className={'cm-switch tap' + (anonymous ? ' cm-switch--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => setAnonymous(!anonymous)}
            {...{ role: 'switch', 'aria-checked': anonymous ? 'true' : 'false', 'aria-label': '对承办单位匿名' }}
          >
            <Text className="cm-switch__label">对承办单位匿名</Text>
            <View className="cm-switch__state">
              <Text>{anonymous ? '已开启' : '未开启'}</Text>
              <View className="cm-switch__track">
                <View className="cm-switch__knob" />
              </View>
            </View>
          </View>
          <Text className="cm-form-field__hint">
            {anonymous
              ? '已开启：承办单位看不到您的姓名和电话，只看到您写的内容和照片。您仍能在“我的监督”里看进度、收答复。'
              : '未开启：承办单位能看到您留的电话，方便联系您核实；看不到您的姓名和微信。想让单位完全不知道是谁，请打开。'}
          </Text>
        </FormField>
      </View>

      <FieldError text={issues.form} />
      {error && <SubmitError error={error} />}

      <View className="cm-btn-row">
        <ActionButton onTap={() => void submit()} disabled={busy || uploading}>
          {busy ? '正在提交…' : uploading ? '照片上传中…' : error ? '重新提交' : '提交'}
        </ActionButton>
        <Text className="muted">同一次填写，多点几次也只会提交一件。</Text>
      </View>
      <View className="section">
        <Tap className="row row--chevron" onTap={() => go(complaintRoutes.mine())}>
          <View className="row__title">看我提过的监督</View>
          <Text className="chevron">›</Text>
        </Tap>
      </View>
    </Screen>
  );
}

function SubmitError({ error }: { error: ApiError }) {
  switch (error.code) {
    case 'RATE_LIMITED':
      return <Notice title="今天提交的次数已满" text={error.message} />;
    case 'CONTENT_REJECTED':
      return <Notice title="内容没有通过检查，未提交" text={error.message} />;
    case 'UNAUTHENTICATED':
      return <Notice title="还没有登录" text={signInText()} />;
    case 'NETWORK':
      return <Notice title="网络没有连上" text="请检查网络后再点“重新提交”，不会重复提交。" />;
    default:
      return <Notice title="提交没有成功" text={error.message} />;
  }
}
