// 分派规则: the routes complaints follow (a domain, category, town or kind to a unit), and a
// preview: which unit a complaint would go to and why, by the function the submission uses.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Res } from '@core/api/contracts';
import { COMPLAINT_CATEGORIES } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';

export default function Routes() {
  const list = useLoad('routes', () => callAdmin('routes.list', {}));
  const units = useLoad('units', () => callAdmin('units.list', {}));
  const [domain, setDomain] = useState('');
  const [category, setCategory] = useState('');
  const [unitId, setUnitId] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [itemId, setItemId] = useState('');
  const [preview, setPreview] = useState<Res<'admin', 'routes.preview'> | null>(null);
  const [message, setMessage] = useState('');
  const nameOf = (id: string) => units.data?.units.find((u) => u.id === id)?.shortName ?? id;

  async function act(f: () => Promise<unknown>) {
    setMessage('');
    try {
      await f();
      await list.reload();
    } catch (e) {
      setMessage(toApiError(e).message);
    }
  }

  if (list.error) return <Screen>{<ErrorBox error={list.error} onRetry={() => void list.reload()} />}</Screen>;
  if (!list.data || !units.data) return <Screen>{<Loading />}</Screen>;
  return (
    <Screen>
      <View className="h1">分派规则</View>
      <View className="muted">关于某个公开事项的诉求默认交该事项的责任单位；这里设置的规则优先。没有匹配的规则时由政务公开办受理。</View>
      {message && (
        <View className="cm-error" role="alert">
          {message}
        </View>
      )}
      <View className="card">
        {list.data.routes.map((r) => (
          <View className="row" key={r.id}>
            <Text>
              {[r.domain && `领域 ${r.domain}`, r.category, r.townCode && `乡镇 ${r.townCode}`, r.kind].filter(Boolean).join(' · ')} →{' '}
              {nameOf(r.unitId)}
              {r.origin === 'default' ? '（初始）' : ''}
            </Text>
            <ActionButton kind="plain" onTap={() => void act(() => callAdmin('routes.delete', { id: r.id }))}>
              删除
            </ActionButton>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="h2">新增规则</View>
        <View className="field__label">领域编号（如 municipal_services，可空）</View>
        <Input
          className="cm-inputbox"
          type="text"
          nativeProps={{ 'aria-label': '领域编号' }}
          value={domain}
          onInput={(e) => setDomain(e.detail.value)}
        />
        <View className="field__label">问题类别（可空）</View>
        {COMPLAINT_CATEGORIES.map((c) => (
          <Tap
            key={c}
            role="button"
            className={`chip ${category === c ? 'chip--on' : ''}`}
            onTap={() => setCategory(category === c ? '' : c)}
          >
            {c}
          </Tap>
        ))}
        <View className="field__label">交给</View>
        {units.data.units.map((u) => (
          <Tap key={u.id} role="button" className={`chip ${unitId === u.id ? 'chip--on' : ''}`} onTap={() => setUnitId(u.id)}>
            {u.shortName}
          </Tap>
        ))}
        <ActionButton
          onTap={() =>
            void act(() =>
              callAdmin('routes.put', {
                unitId,
                ...(domain ? { domain } : {}),
                ...(category ? { category: category as (typeof COMPLAINT_CATEGORIES)[number] } : {}),
              }),
            )
          }
        >
          保存规则
        </ActionButton>
      </View>
      <View className="card">
        <View className="h2">试一试：这件诉求会交给谁</View>
        <View className="field__label">地区代码（村12位）</View>
        <Input
          className="cm-inputbox"
          type="text"
          nativeProps={{ 'aria-label': '地区代码' }}
          value={regionCode}
          onInput={(e) => setRegionCode(e.detail.value)}
        />
        <View className="field__label">公开事项编号（可空）或上面的领域</View>
        <Input
          className="cm-inputbox"
          type="text"
          nativeProps={{ 'aria-label': '公开事项编号' }}
          value={itemId}
          onInput={(e) => setItemId(e.detail.value)}
        />
        <ActionButton
          onTap={() =>
            void callAdmin('routes.preview', {
              regionCode,
              ...(itemId ? { itemId } : domain ? { domain } : {}),
              category: (category || '未按规定公开') as (typeof COMPLAINT_CATEGORIES)[number],
              kind: '投诉举报',
            })
              .then(setPreview)
              .catch((e) => setMessage(toApiError(e).message))
          }
        >
          预览
        </ActionButton>
        {preview && (
          <View>
            交给 {preview.unitName}：{preview.reason}
          </View>
        )}
      </View>
    </Screen>
  );
}
