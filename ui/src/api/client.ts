/** Calls the HTTP API under /api/v1 (same origin: the server that serves the UI). */
import type { AnalysisDocument } from './analysis.js';
import type { Problem } from './routes.js';

const BASE = 'api/v1';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** A token for writes or a non-public server, kept for the tab only (never in the URL). */
const TOKEN_KEY = 'attache.token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string | null) => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const t = token.get();
  return t ? { ...extra, authorization: `Bearer ${t}` } : extra;
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let message = `${res.status} ${res.statusText}`;
  try {
    const p = (await res.json()) as Problem;
    message = p.detail ? `${p.title}: ${p.detail}` : p.title;
  } catch { /* not problem+json: keep the status line */ }
  throw new ApiError(res.status, message);
}

/** Resolves the API path against the page, so the UI works under any mount point. */
function url(path: string, params?: Record<string, string | undefined>): string {
  const u = new URL(`${BASE}${path}`, document.baseURI);
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') u.searchParams.set(k, v);
  return u.toString();
}

export async function getJson<T>(path: string, params?: Record<string, string | undefined>, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(url(path, params), { headers: headers(), signal: signal ?? null }));
}

export interface AnalyzeInput { readonly text: string; readonly title?: string; readonly date?: string }

export async function analyze(input: AnalyzeInput, signal?: AbortSignal): Promise<AnalysisDocument> {
  const body: Record<string, string> = { text: input.text };
  if (input.title) body.title = input.title;
  if (input.date) body.date = input.date;
  const res = await fetch(url('/analyze'), {
    method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body), signal: signal ?? null,
  });
  return answer<AnalysisDocument>(res);
}
