/** Loads data for a view: one request at a time, the older one aborted when the inputs change. */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string; status: number | null } | { state: 'done'; data: T };

export function useFetch<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    const ctl = new AbortController();
    setValue({ state: 'loading' });
    load(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setValue({ state: 'done', data }); },
      (err: unknown) => { if (!ctl.signal.aborted) setValue({ state: 'error', message: err instanceof Error ? err.message : String(err), status: err instanceof ApiError ? err.status : null }); },
    );
    return () => ctl.abort();
  }, deps);
  return value;
}
