// 操作记录: every admin change (who, when, what, before -> after), newest first, and a CSV export.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { PendingScreen } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';

const ACTIONS: Record<string, string> = {
  'calendar.put': '节假日安排',
  'invites.create': '发出邀请',
  'invites.accept': '接受邀请',
  'invites.revoke': '撤销邀请',
  'people.update': '调整人员',
  'people.deactivate': '停用人员',
  'units.update': '修改单位',
  'routes.put': '设置分派规则',
  'routes.delete': '删除分派规则',
  'catalog.update': '调整公开事项',
  'catalog.add': '新增公开事项',
  'catalog.retire': '停用公开事项',
  'partners.create': '登记对接系统',
  'partners.revoke': '停用对接系统',
  'reviewers.put': '审核设置',
  'privacy.clear': '名单核查：无问题',
  'privacy.withdraw': '名单核查：撤回',
};

export default function Audit() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const list = useLoad(`audit:${cursor ?? ''}`, () => callAdmin('audit.list', { cursor }));
  const { message, act } = useAdminAction();

  async function exportCsv() {
    await act(async () => {
      const { csv, filename, rows } = await callAdmin('audit.export', {});
      if (process.env.TARO_ENV === 'h5') {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
        a.download = filename;
        a.click();
      }
      return `已导出${rows}条记录（${filename}）`;
    });
  }

  if (list.error || !list.data) return <PendingScreen state={list} />;
  return (
    <Screen>
      <View className="h1">操作记录</View>
      <ActionButton kind="plain" onTap={() => void exportCsv()}>
        导出 CSV
      </ActionButton>
      {message && <View className="muted">{message}</View>}
      <View className="card">
        {list.data.items.map((e) => (
          <View className="row" key={e.id}>
            <View>
              <Text>
                {ACTIONS[e.action] ?? e.action} · {e.target}
              </Text>
              <View className="muted">
                {e.at.replace('T', ' ').slice(0, 16)} · {e.actor}
              </View>
            </View>
          </View>
        ))}
      </View>
      {list.data.next && (
        <ActionButton kind="plain" onTap={() => setCursor(list.data?.next ?? undefined)}>
          更早的记录
        </ActionButton>
      )}
    </Screen>
  );
}
