// 接受邀请: opened from an invitation's code (weapp: scene `i=<code>`; H5: `?code=`), or the
// invitee types the short code. Accepting binds the caller's own openid (from WeChat, never typed).
import { Input, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { invitationCodeFromScene } from '@core/accounts/invitation';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { toApiError } from '../../../../hooks/useApi';
import { callAccount } from '../../../../services/api';
import { go, param, routes } from '../../../../utils/nav';

export default function AcceptInvitation() {
  const params = useRouter().params;
  const [code, setCode] = useState(param(params.code) || invitationCodeFromScene(params.scene) || '');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function accept() {
    setBusy(true);
    setProblem('');
    try {
      const a = await callAccount('invites.accept', { code });
      setDone(`已成为${a.roleName}（${a.bindingName}）。`);
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen>
      <View className="h1">接受邀请</View>
      {done ? (
        <View className="card">
          <View>{done}</View>
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </View>
      ) : (
        <View className="card">
          <View className="muted">
            县政务公开办、单位负责人或审核人邀请您担任工作角色。请核对邀请码后点“接受”，您的微信号将与该角色绑定。
          </View>
          <View className="field__label">邀请码（8位）</View>
          <Input
            className="cm-inputbox"
            type="text"
            value={code}
            maxlength={12}
            onInput={(e) => setCode(e.detail.value)}
            placeholder="如 7KQ2MX9P"
          />
          {problem && (
            <View className="cm-error" role="alert">
              {problem}
            </View>
          )}
          <ActionButton onTap={() => void accept()} disabled={busy || code.trim().length < 8}>
            {busy ? '正在提交…' : '接受'}
          </ActionButton>
        </View>
      )}
    </Screen>
  );
}
