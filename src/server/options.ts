import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../analyze.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { openKnowledgeBase } from '../kb/open.js';
import { loadResources } from '../pipeline/resources.js';
import { inlinePool, type AnalysisPool } from '../store/ingest/pool.js';
import { openStore, type SqliteStore } from '../store/index.js';
import { packageRoot } from '../util/paths.js';
import { isLoopback } from './hosts.js';

export interface ServerLimits {
  /** Largest request body in bytes (JSON, text or HTML), except /ingest's. */
  readonly bodyBytes: number;
  /** Largest /ingest body in bytes. */
  readonly ingestBodyBytes: number;
  /** Largest single article (its text or HTML, UTF-8 bytes). */
  readonly articleBytes: number;
  /** Articles one /ingest request may carry. */
  readonly ingestArticles: number;
  /** Page size when `limit` is not given, and the cap a larger `limit` is answered with. */
  readonly pageDefault: number;
  readonly pageMax: number;
  /** Articles, quotes and events an actor's detail lists, each. */
  readonly detailItems: number;
  /** Memory for answers of the read routes kept while the store is unchanged (0: none). */
  readonly cacheBytes: number;
}

export interface RateLimits {
  /** Requests per window per token (or, without the token, per address). */
  readonly max: number;
  /** Of those, to /analyze, /check and /ingest, which run the pipeline. */
  readonly analyzeMax: number;
  readonly windowMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 2 * 1024 * 1024,
  ingestBodyBytes: 16 * 1024 * 1024,
  articleBytes: 2 * 1024 * 1024,
  ingestArticles: 100,
  pageDefault: 50,
  pageMax: 500,
  detailItems: 500,
  cacheBytes: 64 * 1024 * 1024,
};

export const DEFAULT_RATE_LIMITS: RateLimits = { max: 1200, analyzeMax: 60, windowMs: 60_000 };

export interface ServerOptions {
  /** The store the API reads and /ingest writes (opened for writing). */
  readonly store: SqliteStore;
  /** The analyzer, or a function making it: called once, on the first request that needs it. */
  readonly analyzer?: Analyzer | (() => Analyzer);
  /** Where /ingest runs analyses (default: in this thread, with the analyzer, yielding between articles). */
  readonly pool?: AnalysisPool | (() => AnalysisPool);
  /** The knowledge base for /kb and actor details (default: the analyzer's if one is given, else the bundled KB, shared with the analyzer). */
  readonly kb?: KnowledgeBase | (() => KnowledgeBase);
  /** The bearer token writes need (and reads, beyond loopback); null: writes are refused. */
  readonly token?: string | null;
  /** The address the server will listen on: reads need the token unless it is loopback or publicRead. */
  readonly host?: string;
  readonly publicRead?: boolean;
  readonly limits?: Partial<ServerLimits>;
  /** Rate limits, or false for none (benchmarks). */
  readonly rateLimit?: Partial<RateLimits> | false;
  /** The built web UI (default dist/ui in the package); null or a missing folder: a page says it is not built. */
  readonly uiDir?: string | null;
  /** A second connection for long streams (/export), so they never hold the one the other routes use. */
  readonly openReader?: () => SqliteStore;
  /** Fastify's logger option (default off). */
  readonly logger?: boolean | Record<string, unknown>;
}

/** A value or its factory, made at most once, on first use. */
export function lazy<T>(v: T | (() => T)): () => T {
  let made: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      made = typeof v === 'function' ? (v as () => T)() : v;
      done = true;
    }
    return made as T;
  };
}

export interface ResolvedOptions {
  readonly store: SqliteStore;
  readonly analyzer: () => Analyzer;
  readonly pool: () => AnalysisPool;
  readonly kb: () => KnowledgeBase;
  readonly token: string | null;
  readonly readsNeedToken: boolean;
  /** Listening on loopback: requests must name this machine (see hosts.ts). */
  readonly localOnly: boolean;
  readonly limits: ServerLimits;
  readonly rateLimit: RateLimits | false;
  readonly uiDir: string | null;
  readonly openReader: () => SqliteStore;
  readonly logger: boolean | Record<string, unknown>;
}

export function resolveOptions(o: ServerOptions): ResolvedOptions {
  // The KB alone opens fast; the language model only loads when an article is to be analysed.
  const kb: () => KnowledgeBase = lazy(o.kb ?? (o.analyzer ? () => analyzer().resources.kb : () => openKnowledgeBase()));
  const analyzer: () => Analyzer = lazy(o.analyzer ?? (() => createAnalyzer({ resources: loadResources({ kb: kb() }) })));
  const store = o.store;
  return {
    store,
    analyzer,
    pool: lazy(o.pool ?? (() => inlinePool(analyzer()))),
    kb,
    token: o.token ? o.token : null,
    readsNeedToken: !isLoopback(o.host ?? '127.0.0.1') && !o.publicRead,
    localOnly: isLoopback(o.host ?? '127.0.0.1'),
    limits: { ...DEFAULT_LIMITS, ...o.limits },
    rateLimit: o.rateLimit === false ? false : { ...DEFAULT_RATE_LIMITS, ...o.rateLimit },
    uiDir: o.uiDir === undefined ? join(packageRoot(), 'dist', 'ui') : o.uiDir,
    // An in-memory store has no second connection: exports then read through the shared one.
    openReader: o.openReader ?? (() => (store.location === ':memory:' ? store : openStore(store.location, { readonly: true }))),
    logger: o.logger ?? false,
  };
}
