// Loading, empty and error states, the same on every page.
import { Screen } from './Screen';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiError } from '../services/api';
import type { Paged } from '../hooks/useApi';
import { ActionButton } from './Tap';
import { goBack, goHome } from './NavBar';

/** Errors that may pass if tried again; any other (not found, no permission…) will not. */
const PASSING = new Set(['NETWORK', 'INTERNAL', 'RATE_LIMITED']);

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="status status--loading" role="status">
      <View className="spinner" />
      <Text className="status__text">{text}</Text>
    </View>
  );
}

export function Empty({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className="status status--empty">
      <Text className="status__text">{text}</Text>
      {children}
    </View>
  );
}

/** An error: 重试 when trying again can help (the network), else a way back and home. */
export function ErrorBox({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const retry = !error || PASSING.has(error.code);
  return (
    <View className="status status--error" role="alert">
      <Text className="status__title">{error?.code === 'NOT_FOUND' ? '没有找到' : '出错了'}</Text>
      <Text className="status__text">{error?.message || '系统繁忙，请稍后再试'}</Text>
      {retry ? (
        <ActionButton onTap={onRetry}>重试</ActionButton>
      ) : (
        <View className="status__actions">
          <ActionButton onTap={goHome}>返回首页</ActionButton>
          {Taro.getCurrentPages().length > 1 && (
            <ActionButton kind="plain" onTap={goBack}>
              返回上一页
            </ActionButton>
          )}
        </View>
      )}
    </View>
  );
}

/** A whole page while it has nothing to show yet: loading, or the error with 重试. */
export function PendingScreen({ state }: { state: { error: ApiError | null; reload: () => Promise<void> } }) {
  return <Screen>{state.error ? <ErrorBox error={state.error} onRetry={() => void state.reload()} /> : <Loading />}</Screen>;
}

/** Shows loading or error while there is nothing to show yet, else the children. */
export function LoadGate<T>({
  state,
  children,
  loadingText,
}: {
  state: { data: T | null; error: ApiError | null; loading: boolean; reload: () => Promise<void> };
  children: (data: T) => ReactNode;
  loadingText?: string;
}) {
  if (state.data !== null) return <>{children(state.data)}</>;
  if (state.error) return <ErrorBox error={state.error} onRetry={() => void state.reload()} />;
  return <Loading text={loadingText} />;
}

/** The foot of a paginated list: more / loading / the end / an error with 重试. */
export function ListFooter({ list, endText = '没有更多了' }: { list: Paged<unknown>; endText?: string }) {
  const count = list.items.length;
  const onMore = () => void list.loadMore();
  if (list.error && count > 0) return <ErrorBox error={list.error} onRetry={onMore} />;
  if (list.loadingMore) return <Loading text="正在加载更多…" />;
  if (list.hasMore)
    return (
      <View className="list-footer">
        <ActionButton kind="plain" onTap={onMore}>
          加载更多
        </ActionButton>
      </View>
    );
  if (count === 0) return null;
  return (
    <View className="list-footer">
      <Text className="muted">{endText}</Text>
    </View>
  );
}

/**
 * A paginated list in its states: the first page loading, or failed with 重试; then `empty`
 * when there is nothing, else `children` with the list's items, and the footer under them.
 */
export function PagedList<T>({ list, empty, children }: { list: Paged<T>; empty: ReactNode; children: (items: T[]) => ReactNode }) {
  if (!list.loaded) return list.error ? <ErrorBox error={list.error} onRetry={() => void list.reload()} /> : <Loading />;
  return (
    <>
      {list.items.length === 0 ? empty : children(list.items)}
      <ListFooter list={list} />
    </>
  );
}
