// Back and home on H5. WeChat draws its own bar with a back (or home) button on weapp, a
// browser does not, and a page opened from a shared or printed link has no page under it:
// a small bar at the top of every page but the home page opened first.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Tap } from './Tap';

export const HOME_URL = '/pages/index/index';

export function goHome(): void {
  void Taro.reLaunch({ url: HOME_URL });
}

/** Back when there is a page to go back to, else home (a deep link has none under it). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else goHome();
}

interface Where {
  depth: number;
  home: boolean;
}

function where(): Where {
  const path = Taro.getCurrentInstance().router?.path ?? '';
  return { depth: Taro.getCurrentPages().length, home: path === '' || path.startsWith(HOME_URL) || path === '/' };
}

export function NavBar() {
  // Read after mount: the router has put this page on its stack by then.
  const [at, setAt] = useState<Where | null>(null);
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') setAt(where());
  }, []);
  if (process.env.TARO_ENV !== 'h5' || !at) return null;
  const back = at.depth > 1;
  if (at.home && !back) return null;
  return (
    <View className="navbar" role="navigation" aria-label="页面导航">
      {back && (
        <Tap className="navbar__btn" role="button" onTap={() => void Taro.navigateBack()}>
          ‹ 返回
        </Tap>
      )}
      {!at.home && (
        <Tap className="navbar__btn" role="link" onTap={goHome}>
          首页
        </Tap>
      )}
    </View>
  );
}
