/**
 * A hash router: `#/events?type=CONSULT&from=2021-05-01`. The route's query holds a view's filters,
 * so a filtered view can be bookmarked, shared and reloaded; the hash needs no server fallback.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route { readonly path: readonly string[]; readonly query: URLSearchParams }

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
  return { path, query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

export function href(path: readonly string[], query?: Record<string, string | undefined> | URLSearchParams): string {
  const params = query instanceof URLSearchParams ? new URLSearchParams(query) : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) for (const [k, v] of Object.entries(query ?? {})) if (v) params.set(k, v);
  const qs = params.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

/** Goes to a route; `replace` keeps typing in a filter box from filling the history. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to), window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The route's query as a plain record of the given keys (absent ones left out). */
export function pick(query: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) { const v = query.get(k); if (v) out[k] = v; }
  return out;
}
