// 人员管理: the county's accounts; the 政务公开办 re-binds a cadre's villages and deactivates a
// person (served as a resident from their next call). New people come by invitation (邀请).
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PersonView } from '@core/api/contracts/admin';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { go } from '../../../../utils/nav';

export default function People() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const list = useLoad(`people:${cursor ?? ''}`, () => callAdmin('people.list', { cursor }));
  const [editing, setEditing] = useState<PersonView | null>(null);
  const [codes, setCodes] = useState('');
  const [message, setMessage] = useState('');

  async function run(f: () => Promise<unknown>, said: string) {
    setMessage('');
    try {
      await f();
      setMessage(said);
      setEditing(null);
      await list.reload();
    } catch (e) {
      setMessage(toApiError(e).message);
    }
  }

  if (list.error) return <Screen>{<ErrorBox error={list.error} onRetry={() => void list.reload()} />}</Screen>;
  if (!list.data) return <Screen>{<Loading />}</Screen>;
  return (
    <Screen>
      <View className="h1">人员管理</View>
      <ActionButton kind="plain" onTap={() => go('/packages/admin/pages/invites/index')}>
        邀请新人员
      </ActionButton>
      {message && (
        <View className="muted" role="status">
          {message}
        </View>
      )}
      <View className="card">
        {list.data.items.map((p) => (
          <View className="row" key={p.openid}>
            <View>
              <Text>
                {p.name}（{p.roleName}）{p.active ? '' : ' 已停用'}
              </Text>
              <View className="muted">{p.bindingName}</View>
            </View>
            {p.active && p.role === 'cadre' && (
              <ActionButton
                kind="plain"
                onTap={() => {
                  setEditing(p);
                  setCodes(p.regionCodes.join('\n'));
                }}
              >
                调整村
              </ActionButton>
            )}
            {p.active && (
              <ActionButton
                kind="plain"
                onTap={() => void run(() => callAdmin('people.deactivate', { openid: p.openid }), `${p.name}已停用`)}
              >
                停用
              </ActionButton>
            )}
          </View>
        ))}
      </View>
      {list.data.next && (
        <ActionButton kind="plain" onTap={() => setCursor(list.data?.next ?? undefined)}>
          下一页
        </ActionButton>
      )}
      {editing && (
        <View className="card">
          <View className="h2">调整{editing.name}负责的村（每行一个12位村代码）</View>
          <Input
            className="cm-inputbox"
            type="text"
            nativeProps={{ 'aria-label': '负责的村代码' }}
            value={codes}
            onInput={(e) => setCodes(e.detail.value)}
          />
          <ActionButton
            onTap={() =>
              void run(
                () => callAdmin('people.update', { openid: editing.openid, regionCodes: codes.split(/[\s,，、]+/).filter(Boolean) }),
                '已调整',
              )
            }
          >
            保存
          </ActionButton>
        </View>
      )}
    </Screen>
  );
}
