// 人员管理: the county's accounts; the 政务公开办 re-binds a cadre's villages (tapped town by
// town) or a unit's staff to another unit (tapped from the county's units), and deactivates a
// person (served as a resident from their next call). New people come by invitation (邀请).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PersonView } from '@core/api/contracts/admin';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Loading, PendingScreen } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';
import { go } from '../../../../utils/nav';
import { Chips, unitChoices, useMyCounty, VillagePicker } from '../../components/Pickers';

export default function People() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const list = useLoad(`people:${cursor ?? ''}`, () => callAdmin('people.list', { cursor }));
  const [editing, setEditing] = useState<PersonView | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [unitId, setUnitId] = useState('');
  const { code: countyCode } = useMyCounty();
  const units = useLoad(editing?.role === 'unit_staff' ? 'units' : null, () => callAdmin('units.list', {}));
  const { message, act } = useAdminAction();

  async function run(f: () => Promise<unknown>, said: string) {
    if (!(await act(f, said))) return;
    setEditing(null);
    await list.reload();
  }

  if (list.error || !list.data) return <PendingScreen state={list} />;
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
                  setCodes(p.regionCodes);
                }}
              >
                调整村
              </ActionButton>
            )}
            {p.active && p.role === 'unit_staff' && (
              <ActionButton
                kind="plain"
                onTap={() => {
                  setEditing(p);
                  setUnitId(p.unitId ?? '');
                }}
              >
                调整单位
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
      {editing?.role === 'cadre' && (
        <View className="card">
          <View className="h2">调整{editing.name}负责的村（社区）</View>
          <View className="muted">现在：{editing.bindingName}</View>
          {countyCode && <VillagePicker countyCode={countyCode} picked={codes} onChange={setCodes} />}
          <ActionButton onTap={() => void run(() => callAdmin('people.update', { openid: editing.openid, regionCodes: codes }), '已调整')}>
            保存
          </ActionButton>
        </View>
      )}
      {editing?.role === 'unit_staff' && (
        <View className="card">
          <View className="h2">调整{editing.name}所在的单位</View>
          {units.data ? (
            <Chips name="单位" choices={unitChoices(units.data.units)} value={unitId} onChange={setUnitId} />
          ) : (
            <Loading text="正在读取单位…" />
          )}
          <ActionButton onTap={() => void run(() => callAdmin('people.update', { openid: editing.openid, unitId }), '已调整')}>
            保存
          </ActionButton>
        </View>
      )}
    </Screen>
  );
}
