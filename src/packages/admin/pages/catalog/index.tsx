// 公开目录 (动态调整): the county's catalog by domain — every item with its version and 责任单位,
// retired ones marked — an item to edit, a county item to add, and a domain to add (its errors
// under its fields, from the function's own schema).
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { addDomainSchema } from '@core/api/contracts/admin';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { FieldError, FormField } from '../../../../components/FormField';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { go } from '../../../../utils/nav';
import { Chips, domainChoices } from '../../components/Pickers';
import { issuesOf } from '../../catalog-form';

export const itemPage = (q: { id?: string; domain?: string }) =>
  `/packages/admin/pages/catalog-item/index?${q.id ? `id=${encodeURIComponent(q.id)}` : `domain=${encodeURIComponent(q.domain ?? '')}`}`;

export default function Catalog() {
  const [domain, setDomain] = useState('');
  const all = useLoad('catalog-domains', () => callAdmin('catalog.list', {}));
  const list = useLoad(domain ? `catalog:${domain}` : null, () => callAdmin('catalog.list', { domain }));
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ name: '', shortName: '', summary: '' });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function addDomain() {
    const input = { name: form.name, summary: form.summary, ...(form.shortName.trim() ? { shortName: form.shortName } : {}) };
    const found = issuesOf(addDomainSchema, input);
    setIssues(found);
    if (Object.keys(found).length) return;
    try {
      const r = await callAdmin('catalog.addDomain', input);
      setMessage(`已新增领域“${r.domain.name}”`);
      setAdding(false);
      setForm({ name: '', shortName: '', summary: '' });
      await all.reload();
      setDomain(r.domain.id);
    } catch (e) {
      setIssues({ form: toApiError(e).message });
    }
  }

  if (all.error) return <Screen>{<ErrorBox error={all.error} onRetry={() => void all.reload()} />}</Screen>;
  if (!all.data) return <Screen>{<Loading />}</Screen>;
  const domains = all.data.domains;
  const current = domains.find((d) => d.id === domain);
  return (
    <Screen>
      <View className="h1">公开目录</View>
      <View className="muted">选一个领域，查看并调整其中的公开事项。每次修改都会生成新版本，留下修改记录。</View>
      {message && (
        <View className="muted" role="status">
          {message}
        </View>
      )}
      <Chips name="公开领域" choices={domainChoices(domains)} value={domain} onChange={setDomain} />
      {current && (
        <View className="card">
          <View className="h2">{current.name}</View>
          <View className="muted">{current.summary}</View>
          {!list.data && !list.error && <Loading text="正在读取公开事项…" />}
          {list.error && <ErrorBox error={list.error} onRetry={() => void list.reload()} />}
          {list.data?.items.map((i) => (
            <Tap
              key={i.id}
              className={`ad-item ${i.retired ? 'ad-item--retired' : ''}`}
              label={`${i.level2}，第${i.version}版${i.retired ? '，已停用' : ''}`}
              onTap={() => go(itemPage({ id: i.id }))}
            >
              <View>
                <Text>{i.level2}</Text>
                {i.retired && <Text className="badge"> 已停用</Text>}
              </View>
              <View className="muted">
                {i.level1} · 第{i.version}版 · {i.unitName}
                {i.responsiblePerson ? ` · 责任人 ${i.responsiblePerson.name}（${i.responsiblePerson.post}）` : ''}
              </View>
            </Tap>
          ))}
          {list.data && list.data.items.length === 0 && <View className="muted">这个领域还没有公开事项。</View>}
          <ActionButton kind="plain" onTap={() => go(itemPage({ domain }))}>
            在“{current.shortName || current.name}”新增本县事项
          </ActionButton>
        </View>
      )}
      <View className="card">
        {!adding ? (
          <ActionButton kind="plain" onTap={() => setAdding(true)}>
            新增公开领域
          </ActionButton>
        ) : (
          <View>
            <View className="h2">新增公开领域</View>
            <FormField label="领域名称" error={issues.name}>
              <Input className="cm-inputbox" type="text" value={form.name} onInput={(e) => setForm({ ...form, name: e.detail.value })} />
            </FormField>
            <FormField label="简称（可不填）" error={issues.shortName}>
              <Input
                className="cm-inputbox"
                type="text"
                value={form.shortName}
                onInput={(e) => setForm({ ...form, shortName: e.detail.value })}
              />
            </FormField>
            <FormField label="领域说明" hint="用一句大白话说明这里公开什么、和村民有什么关系" error={issues.summary}>
              <Textarea
                className="cm-inputbox ad-textarea"
                value={form.summary}
                onInput={(e) => setForm({ ...form, summary: e.detail.value })}
              />
            </FormField>
            <FieldError text={issues.form} />
            <ActionButton onTap={() => void addDomain()}>保存领域</ActionButton>
          </View>
        )}
      </View>
    </Screen>
  );
}
