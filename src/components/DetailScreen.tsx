// The frame of a detail page opened with `?id=`.
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useApi';
import { isSignedOut, signInText } from '../utils/sign-in';
import { Screen } from './Screen';
import { Empty, LoadGate } from './Status';

/**
 * The frame of a detail page opened with `?id=`: a word when the link has no id or nobody is
 * signed in, loading or the error with 重试 until the data is there, then `children`.
 */
export function DetailScreen<T>({
  id,
  missingText,
  state,
  children,
}: {
  id: string;
  /** What to do when the link has no id (e.g. 请从“我的监督”打开). */
  missingText: string;
  state: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  if (!id)
    return (
      <Screen>
        <Empty text={missingText} />
      </Screen>
    );
  if (isSignedOut(state.error))
    return (
      <Screen>
        <Empty text={signInText()} />
      </Screen>
    );
  return (
    <Screen>
      <LoadGate state={state}>{children}</LoadGate>
    </Screen>
  );
}
