// Data loading for pages: one request (useApi) or a keyset-paginated list (usePaged).
// Plain React hooks: pages stay thin, and the logic tests without Taro.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionName, Req, Res } from '@core/api/contracts';
import { ApiError, callPublic } from '../services/api';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Loads again; resolves when done (for pull-to-refresh). */
  reload: () => Promise<void>;
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('INTERNAL', '系统繁忙，请稍后再试');
}

/** Loads `fetcher()` whenever `key` changes; `key === null` means "not yet" (e.g. no code). */
export function useLoad<T>(key: string | null, fetcher: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState<boolean>(key !== null);
  const seq = useRef(0);
  const fetchRef = useRef(fetcher);
  fetchRef.current = fetcher;

  const run = useCallback(async () => {
    if (key === null) return;
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const d = await fetchRef.current();
      if (mine === seq.current) setData(d);
    } catch (e) {
      if (mine === seq.current) setError(toApiError(e));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [key]);

  useEffect(() => {
    setData(null);
    void run();
  }, [run]);

  return { data, error, loading, reload: run };
}

/** One action of the `public` function; `data === null` skips the call. */
export function useApi<A extends ActionName<'public'>>(action: A, data: Req<'public', A> | null): Loaded<Res<'public', A>> {
  const key = data === null ? null : action + ' ' + JSON.stringify(data);
  return useLoad<Res<'public', A>>(key, () => callPublic(action, data as Req<'public', A>));
}

export interface Paged<T> {
  items: T[];
  error: ApiError | null;
  /** First page loading. */
  loading: boolean;
  /** A further page loading. */
  loadingMore: boolean;
  hasMore: boolean;
  /** Set after the first page arrived. */
  loaded: boolean;
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
}

export type PageFetcher<T> = (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>;

/** A list with keyset pagination: pass `next` back as the cursor until it is null. */
export function usePaged<T>(key: string | null, fetchPage: PageFetcher<T>): Paged<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState<boolean>(key !== null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const seq = useRef(0);
  const busy = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const reload = useCallback(async () => {
    if (key === null) return;
    const mine = ++seq.current;
    busy.current = true;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchRef.current(undefined);
      if (mine !== seq.current) return;
      setItems(page.items);
      setNext(page.next);
      setLoaded(true);
    } catch (e) {
      if (mine === seq.current) setError(toApiError(e));
    } finally {
      if (mine === seq.current) {
        setLoading(false);
        busy.current = false;
      }
    }
  }, [key]);

  const loadMore = useCallback(async () => {
    if (key === null || busy.current || next === null) return;
    const mine = seq.current;
    busy.current = true;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await fetchRef.current(next);
      if (mine !== seq.current) return;
      setItems((old) => old.concat(page.items));
      setNext(page.next);
    } catch (e) {
      if (mine === seq.current) setError(toApiError(e));
    } finally {
      if (mine === seq.current) {
        setLoadingMore(false);
        busy.current = false;
      }
    }
  }, [key, next]);

  useEffect(() => {
    setItems([]);
    setNext(null);
    setLoaded(false);
    void reload();
  }, [reload]);

  return { items, error, loading, loadingMore, hasMore: next !== null, loaded, loadMore, reload };
}
