// One catalog item's standard elements, to edit (?id=: each save is the next version, with
// who/when/what in its history below) or to add to a domain (?domain=): 事项, 公开内容, 依据,
// 公开时限, 更新周期, 渠道, 责任单位 (picked from the county's units), 责任人, 电话, 对象, 方式,
// 层级. Each field's problem shows under it, from the function's own schema; retiring asks twice.
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import type { CatalogItem } from '@core/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { FieldError, FormField } from '../../../../components/FormField';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { param } from '../../../../utils/nav';
import { formatDateTime } from '../../../../utils/format';
import { Chips, MultiChips, unitChoices } from '../../components/Pickers';
import {
  addInput,
  checkAdd,
  checkUpdate,
  CHANNELS,
  CYCLE_UNITS,
  emptyForm,
  formOf,
  LEVELS,
  updateInput,
  valueText,
  type AddReq,
  type CatalogForm,
  type UpdateReq,
} from '../../catalog-form';

/** What a screen reader calls each text field (the words of its FormField label). */
const FIELD_NAMES: Partial<Record<keyof CatalogForm, string>> = {
  level1: '一级事项',
  level2: '二级事项',
  summary: '事项说明',
  contents: '公开内容（要素）',
  basis: '公开依据',
  trigger: '公开时限从何时起算',
  cycleText: '信息更新周期',
  personName: '责任人姓名',
  personPost: '责任人职务',
  consultPhone: '咨询电话',
  reportPhone: '监督举报电话',
};

const text = (f: CatalogForm, set: (f: CatalogForm) => void, key: keyof CatalogForm, multi = false): ReactNode =>
  multi ? (
    <Textarea
      className="cm-inputbox ad-textarea"
      value={String(f[key])}
      nativeProps={{ 'aria-label': FIELD_NAMES[key] ?? '' }}
      onInput={(e) => set({ ...f, [key]: e.detail.value })}
    />
  ) : (
    <Input
      className="cm-inputbox"
      type="text"
      value={String(f[key])}
      nativeProps={{ 'aria-label': FIELD_NAMES[key] ?? '' }}
      onInput={(e) => set({ ...f, [key]: e.detail.value })}
    />
  );

export default function CatalogItemPage() {
  const params = useRouter().params;
  const id = param(params.id);
  const domain = param(params.domain);
  const loaded = useLoad(id ? `item:${id}` : null, () => callAdmin('catalog.history', { itemId: id }));
  const units = useLoad('units', () => callAdmin('units.list', {}));
  const [form, setForm] = useState<CatalogForm>(emptyForm());
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<CatalogItem | null>(null);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const item = loaded.data?.item;
  useEffect(() => {
    if (item) setForm(formOf(item));
  }, [item]);

  async function save() {
    setSaved(null);
    try {
      if (item) {
        const input = updateInput(form, item);
        if (Object.keys(input).length === 1) return setIssues({ form: '没有要修改的内容' });
        const found = checkUpdate(input);
        setIssues(found);
        if (Object.keys(found).length) return;
        setSaved(await callAdmin('catalog.update', input as UpdateReq));
        await loaded.reload();
      } else {
        const input = addInput(form, domain);
        const found = checkAdd(input);
        setIssues(found);
        if (Object.keys(found).length) return;
        const added = await callAdmin('catalog.add', input as AddReq);
        // From now on it is an item like any other: edit it on its own page.
        void Taro.redirectTo({ url: `/packages/admin/pages/catalog-item/index?id=${encodeURIComponent(added.id)}` });
      }
    } catch (e) {
      setIssues({ form: toApiError(e).message });
    }
  }

  async function retire() {
    if (!item) return;
    try {
      setSaved(await callAdmin('catalog.retire', { itemId: item.id }));
      setConfirmRetire(false);
      await loaded.reload();
    } catch (e) {
      setIssues({ form: toApiError(e).message });
    }
  }

  if (!id && !domain)
    return (
      <Screen>
        <View className="muted">链接里缺少公开事项，请从公开目录进入。</View>
      </Screen>
    );
  const error = loaded.error ?? units.error;
  if (error) return <Screen>{<ErrorBox error={error} onRetry={() => void loaded.reload()} />}</Screen>;
  if ((id && !item) || !units.data) return <Screen>{<Loading />}</Screen>;
  const retired = Boolean(item?.retired);
  const f = form;
  return (
    <Screen>
      <View className="h1">{item ? item.level2 : '新增本县公开事项'}</View>
      {item && (
        <View className="muted">
          第{item.version}版{retired ? ' · 已停用，不能再修改' : ''}
        </View>
      )}
      {saved && (
        <View className="muted" role="status">
          {saved.retired ? '已停用：居民不再看到这个事项，已发布的信息仍可查阅' : `已保存为第${saved.version}版`}
        </View>
      )}
      <View className="card">
        <FormField label="一级事项" error={issues.level1}>
          {text(f, setForm, 'level1')}
        </FormField>
        <FormField label="二级事项" error={issues.level2}>
          {text(f, setForm, 'level2')}
        </FormField>
        <FormField label="事项说明" hint="一句大白话：公开什么，和村民有什么关系" error={issues.summary}>
          {text(f, setForm, 'summary', true)}
        </FormField>
        <FormField label="公开内容（要素）" hint="每行一条" error={issues.contents}>
          {text(f, setForm, 'contents', true)}
        </FormField>
        <FormField label="公开依据" hint="每行一条" error={issues.basis}>
          {text(f, setForm, 'basis', true)}
        </FormField>
        <FormField label="公开时限" hint="从什么时候起算，多少天内公开" error={issues.timeLimit}>
          <View className="field__label">起算事件</View>
          {text(f, setForm, 'trigger')}
          <View className="field__label">天数</View>
          <Input
            className="cm-inputbox"
            type="number"
            value={f.days}
            nativeProps={{ 'aria-label': '公开时限天数' }}
            onInput={(e) => setForm({ ...f, days: e.detail.value })}
          />
          <Chips
            name="工作日或自然日"
            choices={[
              { value: 'working', label: '工作日' },
              { value: 'calendar', label: '自然日' },
            ]}
            value={f.dayKind}
            onChange={(k) => k && setForm({ ...f, dayKind: k })}
          />
        </FormField>
        <FormField label="信息更新周期" error={issues.updateCycle}>
          <Chips
            name="更新周期"
            choices={CYCLE_UNITS.map(([value, label]) => ({ value, label }))}
            value={f.cycleUnit}
            onChange={(u) => u && setForm({ ...f, cycleUnit: u, cycleText: CYCLE_UNITS.find(([x]) => x === u)![1] })}
          />
          <View className="field__label">周期说明（居民看到的文字）</View>
          {text(f, setForm, 'cycleText')}
        </FormField>
        <FormField label="公开渠道" hint="可多选" error={issues.channels}>
          <MultiChips
            name="公开渠道"
            choices={[...new Set([...CHANNELS, ...f.channels])].map((c) => ({ value: c, label: c }))}
            values={f.channels}
            onChange={(channels) => setForm({ ...f, channels })}
          />
        </FormField>
        <FormField label="责任单位" error={issues.unitId}>
          <Chips name="责任单位" choices={unitChoices(units.data.units)} value={f.unitId} onChange={(u) => setForm({ ...f, unitId: u })} />
        </FormField>
        <FormField label="责任人" hint="责任单位里对这个事项负责的人：姓名和职务" error={issues.responsiblePerson}>
          <View className="field__label">姓名</View>
          {text(f, setForm, 'personName')}
          <View className="field__label">职务</View>
          {text(f, setForm, 'personPost')}
        </FormField>
        <FormField label="咨询电话" hint={item ? undefined : '可不填：默认用责任单位的热线'} error={issues.consultPhone}>
          {text(f, setForm, 'consultPhone')}
        </FormField>
        <FormField label="监督举报电话" hint={item ? undefined : '可不填：默认 12345'} error={issues.reportPhone}>
          {text(f, setForm, 'reportPhone')}
        </FormField>
        <FormField label="公开对象" error={issues.audience}>
          <Chips
            name="公开对象"
            choices={[
              { value: '全社会', label: '全社会' },
              { value: '特定群体', label: '特定群体' },
            ]}
            value={f.audience}
            onChange={(a) => a && setForm({ ...f, audience: a })}
          />
        </FormField>
        <FormField label="公开方式" error={issues.mode}>
          <Chips
            name="公开方式"
            choices={[
              { value: '主动', label: '主动公开' },
              { value: '依申请', label: '依申请公开' },
            ]}
            value={f.mode}
            onChange={(m) => m && setForm({ ...f, mode: m })}
          />
        </FormField>
        <FormField label="公开层级" hint="可多选" error={issues.levels}>
          <MultiChips
            name="公开层级"
            choices={LEVELS.map(([value, label]) => ({ value, label }))}
            values={f.levels}
            onChange={(levels) => setForm({ ...f, levels })}
          />
        </FormField>
        <FieldError text={issues.form} />
        {!retired && <ActionButton onTap={() => void save()}>{item ? '保存为新版本' : '新增事项'}</ActionButton>}
      </View>

      {item && !retired && (
        <View className="card">
          {!confirmRetire ? (
            <ActionButton kind="plain" onTap={() => setConfirmRetire(true)}>
              停用这个事项
            </ActionButton>
          ) : (
            <View>
              <View>停用后居民不再看到这个事项，已发布的信息仍可查阅。确定停用吗？</View>
              <ActionButton onTap={() => void retire()}>确定停用</ActionButton>
              <ActionButton kind="plain" onTap={() => setConfirmRetire(false)}>
                不停用
              </ActionButton>
            </View>
          )}
        </View>
      )}

      {loaded.data && (
        <View className="card">
          <View className="h2">修改记录</View>
          {loaded.data.history.length === 0 && <View className="muted">这个事项还没有修改过（第1版来自标准目录）。</View>}
          {loaded.data.history.map((h) => (
            <View key={h.id} className="ad-item">
              <Text>
                第{h.version}版 · {formatDateTime(h.at)} · {h.actorName}
                {h.action === 'catalog.add' ? ' · 新增' : h.action === 'catalog.retire' ? ' · 停用' : ''}
              </Text>
              {h.action === 'catalog.update' &&
                h.changes.map((c) => (
                  <View key={c.field} className="muted">
                    {c.label}：{valueText(c.before)} → {valueText(c.after)}
                  </View>
                ))}
            </View>
          ))}
        </View>
      )}
    </Screen>
  );
}
