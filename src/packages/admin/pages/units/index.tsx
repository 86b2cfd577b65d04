// 单位与电话: the county's units with their hotline and 监督电话; a number entered here is real
// and replaces the demo one (and its 演示号码 label).
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { PendingScreen } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';

export default function Units() {
  const list = useLoad('units', () => callAdmin('units.list', {}));
  const [editing, setEditing] = useState('');
  const [phone, setPhone] = useState('');
  const [supervision, setSupervision] = useState('');
  const { message, act } = useAdminAction();

  async function save() {
    await act(async () => {
      await callAdmin('units.update', {
        id: editing,
        ...(phone ? { phone } : {}),
        ...(supervision ? { supervisionPhone: supervision } : {}),
      });
      setEditing('');
      await list.reload();
    }, '已保存');
  }

  if (list.error || !list.data) return <PendingScreen state={list} />;
  return (
    <Screen>
      <View className="h1">单位与电话</View>
      {message && <View className="muted">{message}</View>}
      <View className="card">
        {list.data.units.map((u) => (
          <View key={u.id}>
            <View className="row">
              <View>
                <Text>{u.name}</Text>
                <View className="muted">
                  电话 {u.hotline.number}
                  {u.hotline.demo ? '（演示号码）' : ''}
                  {u.supervisionPhone ? ` · 监督电话 ${u.supervisionPhone.number}` : ''}
                </View>
              </View>
              <ActionButton
                kind="plain"
                onTap={() => {
                  setEditing(u.id);
                  setPhone(u.hotline.demo ? '' : u.hotline.number);
                  setSupervision(u.supervisionPhone?.number ?? '');
                }}
              >
                修改
              </ActionButton>
            </View>
            {editing === u.id && (
              <View>
                <View className="field__label">咨询电话</View>
                <Input
                  className="cm-inputbox"
                  type="text"
                  nativeProps={{ 'aria-label': '咨询电话' }}
                  value={phone}
                  onInput={(e) => setPhone(e.detail.value)}
                  placeholder="如 028-82512345"
                />
                <View className="field__label">监督电话</View>
                <Input
                  className="cm-inputbox"
                  type="text"
                  nativeProps={{ 'aria-label': '监督电话' }}
                  value={supervision}
                  onInput={(e) => setSupervision(e.detail.value)}
                />
                <ActionButton onTap={() => void save()}>保存</ActionButton>
              </View>
            )}
          </View>
        ))}
      </View>
    </Screen>
  );
}
