// 对接系统: partner systems (a grid-management platform, a 12345 front end) that file complaints
// through Open311. The county admin registers one and copies its API key, shown this once;
// a key can be stopped at any time, effective from the partner's next request.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { PendingScreen } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';

export default function Partners() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const [made, setMade] = useState<{ name: string; apiKey: string } | null>(null);
  const { message, act } = useAdminAction();
  const list = useLoad(`partners:${cursor ?? ''}`, () => callAdmin('partners.list', { cursor }));

  async function create() {
    await act(async () => {
      const r = await callAdmin('partners.create', { name });
      setMade({ name: r.partner.name, apiKey: r.apiKey });
      setName('');
      await list.reload();
    });
  }

  async function revoke(id: string) {
    await act(async () => {
      await callAdmin('partners.revoke', { id });
      await list.reload();
    });
  }

  if (list.error || !list.data) return <PendingScreen state={list} />;
  return (
    <Screen>
      <View className="h1">对接系统（Open311）</View>
      <View className="muted">
        其他系统（如网格化管理平台）可通过 Open311 GeoReport v2
        接口代群众提交监督诉求，按同样的规则分派和计时。每个系统一把密钥，可随时停用。
      </View>
      <View className="card">
        <View className="field__label">系统名称</View>
        <Input
          className="cm-inputbox"
          type="text"
          value={name}
          onInput={(e) => setName(e.detail.value)}
          placeholder="如 某某区网格化服务管理平台"
        />
        <ActionButton onTap={() => void create()}>登记并生成密钥</ActionButton>
      </View>
      {made && (
        <View className="card" role="alert">
          <Text>“{made.name}”的密钥（只显示这一次，请复制后妥善交给对方）：</Text>
          <View>
            <Text selectable>{made.apiKey}</Text>
          </View>
        </View>
      )}
      {message && <View className="muted">{message}</View>}
      <View className="card">
        {list.data.items.length === 0 && <View className="muted">还没有对接系统</View>}
        {list.data.items.map((p) => (
          <View className="row" key={p.id}>
            <View>
              <Text>
                {p.name} · {p.status}
              </Text>
              <View className="muted">
                密钥尾号 {p.keyHint} · 每日上限 {p.dailyLimit} 件 · 登记于 {p.createdAt.slice(0, 10)}
              </View>
            </View>
            {p.status === '使用中' && (
              <ActionButton kind="plain" onTap={() => void revoke(p.id)}>
                停用
              </ActionButton>
            )}
          </View>
        ))}
      </View>
      {list.data.next && (
        <ActionButton kind="plain" onTap={() => setCursor(list.data?.next ?? undefined)}>
          更多
        </ActionButton>
      )}
    </Screen>
  );
}
