import type { PropsWithChildren } from 'react';
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro';
import { initCloud } from './services/api';
import './app.css';

const NOT_FOUND_PAGE = '/pages/notfound/index';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') initCloud();
  });
  // An unknown address (a mistyped or outdated link) shows a page with a way home, not a blank one.
  usePageNotFound(() => {
    void Taro.redirectTo({ url: NOT_FOUND_PAGE });
  });
  return children;
}

export default App;
