// 开通本县: the county's first administrator opens the county from the app — towns and
// villages, the catalog, units, routes and the working-day calendar — once. Afterwards each
// part is kept on its own page, which the answer links to.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Res } from '@core/api/contracts';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';
import { go } from '../../../../utils/nav';

type Done = Res<'admin', 'county.setup'>;

const NEXT: Array<{ title: string; why: string; path: string }> = [
  { title: '单位与电话', why: '把演示号码换成各单位真实的咨询和监督电话', path: '/packages/admin/pages/units/index' },
  { title: '人员管理', why: '邀请各单位、乡镇和驻村干部', path: '/packages/admin/pages/people/index' },
  { title: '公开目录', why: '核对责任人、公开时限，增加本县事项', path: '/packages/admin/pages/catalog/index' },
  { title: '节假日安排', why: '录入明年的放假和调休', path: '/packages/admin/pages/calendar/index' },
];

export default function Setup() {
  const [done, setDone] = useState<Done | null>(null);
  const { message, act } = useAdminAction();

  return (
    <Screen>
      <View className="h1">开通本县</View>
      {!done && (
        <View className="card">
          <Text>
            开通后，本县的乡镇和村（社区）、按省级标准目录生成的公开事项、县级部门和乡镇政府、默认的诉求分派规则和法定节假日安排会一次建好。只需做一次，以后在各自的页面修改。
          </Text>
          <ActionButton onTap={() => void act(async () => setDone(await callAdmin('county.setup', {})))}>开通本县</ActionButton>
        </View>
      )}
      {message && (
        <View className="muted" role="alert">
          {message}
        </View>
      )}
      {done && (
        <>
          <View className="card" role="status">
            <Text>
              {done.countyName}已开通：{done.towns} 个乡镇（街道）、{done.villages} 个村（社区）、{done.items} 个公开事项、
              {done.units} 个单位。
            </Text>
          </View>
          <View className="h2">下一步</View>
          {NEXT.map((n) => (
            <View className="card" key={n.path}>
              <Text>{n.why}</Text>
              <ActionButton kind="plain" onTap={() => go(n.path)}>
                {n.title}
              </ActionButton>
            </View>
          ))}
        </>
      )}
    </Screen>
  );
}
