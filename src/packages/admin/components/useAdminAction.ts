// One admin action's word on the page: cleared when it starts, then what was done or why not.
import { useState } from 'react';
import { toApiError } from '../../../hooks/useApi';

/**
 * `act(f, said)` runs `f`; on success the page says `said` (or the string `f` returns), on
 * failure the error's Chinese message. Answers whether it worked, so a page can reset a form.
 */
export function useAdminAction() {
  const [message, setMessage] = useState('');
  async function act(f: () => Promise<unknown>, said = ''): Promise<boolean> {
    setMessage('');
    try {
      const answer = await f();
      setMessage(typeof answer === 'string' ? answer : said);
      return true;
    } catch (e) {
      setMessage(toApiError(e).message);
      return false;
    }
  }
  return { message, setMessage, act };
}
