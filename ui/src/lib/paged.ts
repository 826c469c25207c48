/** A list route's pages (docs/api.md: items + next_cursor), with "load more" appending the next page. */
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api/client.js';
import type { Page } from '../api/routes.js';

export interface Paged<T> {
  readonly state: 'loading' | 'error' | 'done';
  readonly items: readonly T[];
  readonly message: string | null;
  readonly more: (() => void) | null;
  readonly loadingMore: boolean;
}

export function usePaged<T>(path: string, filters: Record<string, string>, limit = 200): Paged<T> {
  const key = JSON.stringify([path, filters, limit]);
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<Paged<T>['state']>('loading');
  const [message, setMessage] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [ctl, setCtl] = useState<AbortController | null>(null);

  const fetchPage = (after: string | null, signal: AbortSignal, append: boolean) =>
    getJson<Page<T>>(path, { ...filters, limit: String(limit), cursor: after ?? undefined }, signal).then(
      (page) => {
        if (signal.aborted) return;
        setItems((old) => (append ? [...old, ...page.items] : page.items));
        setCursor(page.next_cursor);
        setState('done');
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (signal.aborted) return;
        setMessage(err instanceof Error ? err.message : String(err));
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
  return { state, items, message, more, loadingMore };
}
