// 您的监督有新答复: the home page asks once per show whether any of the person's complaints has
// news; a first-time visitor (never filed, never opened 我的监督 here) is not asked at all.
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { UnreadAnswer } from '@core/api/complaint-views';
import { callResident } from '../services/api';

const HAS_COMPLAINTS = 'gk_has_complaints';
const HAS_APPLICATIONS = 'gk_has_applications';

function remember(key: string): void {
  try {
    Taro.setStorageSync(key, 1);
  } catch {
    /* storage full or off: home just does not ask */
  }
}

function remembered(key: string): boolean {
  try {
    return Boolean(Taro.getStorageSync(key));
  } catch {
    return false;
  }
}

/** Called when the person files a complaint or sees one in 我的监督: from now on home asks. */
export const rememberHasComplaints = (): void => remember(HAS_COMPLAINTS);

/** Called when the person applies for information or sees an application: home shows 我的信息公开申请. */
export const rememberHasApplications = (): void => remember(HAS_APPLICATIONS);

export function useUnread(): UnreadAnswer | null {
  const [unread, setUnread] = useState<UnreadAnswer | null>(null);
  const check = useCallback(() => {
    if (!remembered(HAS_COMPLAINTS)) return;
    // A failure (signed out, offline) shows nothing: the card is a hint, not a page.
    void callResident('complaints.unread', {})
      .then(setUnread)
      .catch(() => setUnread(null));
  }, []);
  useDidShow(check);
  return unread;
}

/**
 * 我的信息公开申请 on home, for someone who has applied here: null when they never did, else how
 * many of their applications changed since they last opened them (0 when asking failed).
 */
export function useApplicationsUnread(): { count: number } | null {
  const [state, setState] = useState<{ count: number } | null>(null);
  const check = useCallback(() => {
    if (!remembered(HAS_APPLICATIONS)) return;
    setState((s) => s ?? { count: 0 });
    void callResident('applications.unread', {})
      .then((a) => setState({ count: a.count }))
      .catch(() => setState({ count: 0 }));
  }, []);
  useDidShow(check);
  return state;
}
