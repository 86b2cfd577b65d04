// Sending one form checked with the function's own valibot schema.
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { toApiError } from './useApi';
import type { ApiError } from '../services/api';
import { firstIssue, type Issues } from '../utils/issues';

/**
 * One form's sending: `send` checks the input with the function's own schema (the first issue
 * goes under its field, by `issueKey`), sends once at a time, says `done` and calls `after`
 * with the answer; an error stays to show (SendError), and the codes in `reloadOn` (someone
 * acted first) reload.
 */
export function useSend({
  reload,
  reloadOn,
  issueKey = (field) => field || 'form',
}: {
  reload: () => Promise<void>;
  reloadOn: readonly string[];
  issueKey?: (field: string) => string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const sending = useRef(false);

  async function send<T, R>(
    schema: v.GenericSchema<unknown, T>,
    input: unknown,
    call: (data: T) => Promise<R>,
    done: string,
    after: (answer: R) => void | Promise<void>,
  ): Promise<void> {
    if (sending.current) return;
    setError(null);
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [issueKey(field)]: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(true);
    try {
      const answer = await call(parsed.output);
      void Taro.showToast({ title: done, icon: 'none' });
      await after(answer);
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (reloadOn.includes(err.code)) await reload();
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  /** Forgets the issues and the error (a panel opened or closed). */
  function reset() {
    setIssues({});
    setError(null);
  }

  return { busy, error, issues, setIssues, send, reset };
}
