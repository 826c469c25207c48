/** A list route's pages (docs/api.md: items + next_cursor), with "load more" appending the next page. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson } from '../api/client.js';
import type { Page } from '../api/routes.js';

export interface Paged<T> {
  readonly state: 'loading' | 'error' | 'done';
  readonly items: readonly T[];
  readonly message: string | null;
  /** The HTTP status of a failed request (401: the server wants a token). */
  readonly status: number | null;
  readonly more: (() => void) | null;
  /** Follows the cursor to the end (at most `cap` rows): what a chart or map of the whole set needs. */
  readonly all: (() => void) | null;
  readonly loadingMore: boolean;
}

/** The most rows "load all" fetches: a whole corpus's events, not an unbounded download. */
export const LOAD_ALL_CAP = 20_000;

export function usePaged<T>(path: string, filters: Record<string, string>, limit = 200): Paged<T> {
  const key = JSON.stringify([path, filters, limit]);
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<Paged<T>['state']>('loading');
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [ctl, setCtl] = useState<AbortController | null>(null);

  const fetchPage = (after: string | null, signal: AbortSignal, append: boolean, toEnd = false, have = 0): Promise<void> =>
    getJson<Page<T>>(path, { ...filters, limit: String(limit), cursor: after ?? undefined }, signal).then(
      (page) => {
        if (signal.aborted) return;
        setItems((old) => (append ? [...old, ...page.items] : page.items));
        setCursor(page.next_cursor);
        setState('done');
        const total = have + page.items.length;
        if (toEnd && page.next_cursor && total < LOAD_ALL_CAP) return fetchPage(page.next_cursor, signal, true, true, total);
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (signal.aborted) return;
        setMessage(err instanceof Error ? err.message : String(err));
        setStatus(err instanceof ApiError ? err.status : null);
        setState('error');
        setLoadingMore(false);
      },
    );

  useEffect(() => {
    const c = new AbortController();
    setCtl(c);
    setState('loading');
    setItems([]);
    setCursor(null);
    void fetchPage(null, c.signal, false);
    return () => c.abort();
  }, [key]);

  const more = cursor && ctl ? () => { setLoadingMore(true); void fetchPage(cursor, ctl.signal, true); } : null;
  const all = cursor && ctl ? () => { setLoadingMore(true); void fetchPage(cursor, ctl.signal, true, true, items.length); } : null;
  return { state, items, message, status, more, all, loadingMore };
}
