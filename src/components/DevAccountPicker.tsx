// "演示账号：…" — only on the local server (H5), which answers /api/dev/accounts.
// The real cloud has no such endpoint, so nothing shows there.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { devLogin, getDevAccounts, type DevAccount, type DevAccounts } from '../services/api';
import { ROLE_NAMES } from '@core/accounts/account';
import { Tap } from './Tap';

function describe(a: DevAccount): string {
  return `${a.name}（${ROLE_NAMES[a.role] ?? a.role}）`;
}

export function DevAccountPicker() {
  const [state, setState] = useState<DevAccounts | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    void getDevAccounts().then((s) => {
      if (alive) setState(s);
    });
    return () => {
      alive = false;
    };
  }, []);

  if (process.env.TARO_ENV !== 'h5' || !state || state.accounts.length === 0) return null;
  const current = state.accounts.find((a) => a.openid === state.current) ?? null;

  async function choose(a: DevAccount) {
    setBusy(true);
    try {
      await devLogin(a.openid);
      setState((s) => (s ? { ...s, current: a.openid } : s));
      setOpen(false);
      void Taro.showToast({ title: `已切换为${a.name}`, icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message || '切换失败', icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="dev-accounts">
      <Tap role="button" className="dev-accounts__current" onTap={() => setOpen(!open)}>
        <Text>演示账号：{current ? describe(current) : '未登录'}</Text>
        <Text className="link">{open ? '收起' : '切换'}</Text>
      </Tap>
      {open && (
        <View className="dev-accounts__list">
          {state.accounts.map((a) => (
            <Tap
              key={a.openid}
              role="button"
              className={'dev-accounts__item' + (a.openid === state.current ? ' is-current' : '')}
              disabled={busy}
              onTap={() => void choose(a)}
            >
              <Text>
                {a.openid === state.current ? '✓ ' : ''}
                {describe(a)}
              </Text>
            </Tap>
          ))}
        </View>
      )}
    </View>
  );
}
