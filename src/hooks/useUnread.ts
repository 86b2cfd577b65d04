// 您的监督有新答复: the home page asks once per show whether any of the person's complaints has
// news; a first-time visitor (never filed, never opened 我的监督 here) is not asked at all.
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { UnreadAnswer } from '@core/api/complaint-views';
import { callResident } from '../services/api';

const HAS_COMPLAINTS = 'gk_has_complaints';

/** Called when the person files a complaint or sees one in 我的监督: from now on home asks. */
export function rememberHasComplaints(): void {
  try {
    Taro.setStorageSync(HAS_COMPLAINTS, 1);
  } catch {
    /* storage full or off: home just does not ask */
  }
}

function hasComplaints(): boolean {
  try {
    return Boolean(Taro.getStorageSync(HAS_COMPLAINTS));
  } catch {
    return false;
  }
}

export function useUnread(): UnreadAnswer | null {
  const [unread, setUnread] = useState<UnreadAnswer | null>(null);
  const check = useCallback(() => {
    if (!hasComplaints()) return;
    // A failure (signed out, offline) shows nothing: the card is a hint, not a page.
    void callResident('complaints.unread', {})
      .then(setUnread)
      .catch(() => setUnread(null));
  }, []);
  useDidShow(check);
  return unread;
}
