import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sharedPath, packageRoot } from '../../src/util/paths.js';
import { table } from '../eval/table.js';

/**
 * The HTTP API under load (issue 8): `attache serve` over the ingested corpus, as its own process, and
 * autocannon in this one, 100 connections for 30 s (ATTACHE_BENCH_LOAD_SECONDS) against
 * /api/v1/events and /api/v1/articles/{id} (every stored article in turn), as served (answers kept while
 * the store is unchanged) and with --cache-mb 0 (every answer from SQLite). Reported, never asserted:
 * requests/s, latency percentiles, and errors (connection errors, timeouts, non-2xx answers), which must be 0.
 */

export interface LoadRun {
  readonly label: string;
  readonly path: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly mbPerSecond: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly loadBefore: number;
  readonly loadAfter: number;
}

export interface LoadBench {
  readonly articles: number;
  readonly seconds: number;
  readonly connections: number;
  readonly runs: readonly LoadRun[];
}

const MAIN = () => join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** Seconds per run: 30 unless ATTACHE_BENCH_LOAD_SECONDS says otherwise (e.g. 5 for a quick look). */
export function loadSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.ATTACHE_BENCH_LOAD_SECONDS ?? 30);
  if (!Number.isFinite(s) || s <= 0) throw new Error(`ATTACHE_BENCH_LOAD_SECONDS must be a positive number, got '${env.ATTACHE_BENCH_LOAD_SECONDS}'`);
  return s;
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN(), ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`attache ${args[0]} exited ${code}`))));
  });
}

/** `attache serve` on a free port; resolves with its address once it listens. */
function serve(db: string, extra: readonly string[] = []): Promise<{ child: ChildProcess; address: string }> {
  return new Promise((resolve, reject) => {
    // The load comes from one address, far past the default allowance (1200 a minute): the limiter stays
    // on (its cost is part of the measure) with a limit this run cannot reach.
    const child = spawn(process.execPath, [MAIN(), 'serve', '--db', db, '--port', '0', '--rate-limit', '1000000000', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(err);
      if (m) resolve({ child, address: m[1]! });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`attache serve exited ${code}: ${err}`)));
  });
}

async function articleIds(address: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `${address}/api/v1/articles?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await fetch(url)).json()) as { items: { id: string }[]; next_cursor: string | null };
    ids.push(...page.items.map((i) => i.id));
    cursor = page.next_cursor;
  } while (cursor);
  return ids;
}

async function hammer(label: string, address: string, path: string, seconds: number, connections: number, paths?: readonly string[]): Promise<LoadRun> {
  const loadBefore = loadavg()[0] ?? 0;
  let i = 0;
  const r = await autocannon({
    url: `${address}${path}`,
    connections,
    duration: seconds,
    // A request rotates through every stored article, so the run reads the store, not one cached row.
    ...(paths ? { requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }] } : {}),
  });
  return {
    label, path, requests: r.requests.total, perSecond: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max,
    mbPerSecond: r.throughput.average / 1e6, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, loadBefore, loadAfter: loadavg()[0] ?? 0,
  };
}

/**
 * Ingests the corpus into a fresh store (or uses ATTACHE_BENCH_LOAD_DB, a store already ingested), serves it,
 * and loads the two routes one after the other. Null when the corpus is missing.
 */
export async function benchLoad(corpus: string, options: { seconds?: number; connections?: number } = {}): Promise<LoadBench | null> {
  if (!existsSync(corpus)) return null;
  const seconds = options.seconds ?? loadSeconds();
  const connections = options.connections ?? 100;
  const given = process.env.ATTACHE_BENCH_LOAD_DB;
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'attache-bench-load-'));
  const db = given ?? join(dir!, 'load.db');
  try {
    if (!given) await run(['ingest', corpus, '--db', db, '--workers', String(Math.min(2, availableParallelism())), '--quiet']);
    const runs: LoadRun[] = [];
    let articles = 0;
    // As served by default, then without the response cache: what a page costs when the store has just changed.
    for (const [label, extra] of [['', []], [', no cache', ['--cache-mb', '0']]] as const) {
      const { child, address } = await serve(db, extra);
      try {
        const ids = await articleIds(address);
        if (ids.length === 0) throw new Error(`the store ${db} holds no articles`);
        articles = ids.length;
        runs.push(await hammer(`GET /api/v1/events (first page, 50 events${label})`, address, '/api/v1/events', seconds, connections));
        // Every article in turn, so the run reads the whole store (or, with the cache, keeps it all).
        runs.push(await hammer(`GET /api/v1/articles/{id} (${ids.length} articles in turn${label})`, address, `/api/v1/articles/${encodeURIComponent(ids[0]!)}`, seconds, connections,
          ids.map((id) => `/api/v1/articles/${encodeURIComponent(id)}`)));
      } finally {
        child.removeAllListeners('close');
        child.kill('SIGTERM');
      }
    }
    return { articles, seconds, connections, runs };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the load bench and prints its table; says so and returns when the corpus is missing. */
export async function reportLoad(corpus: string): Promise<void> {
  const b = await benchLoad(corpus);
  if (!b) {
    console.log(`HTTP API load: ${corpus} is missing (set ATTACHE_SHARED to the shared folder). Skipped.`);
    return;
  }
  console.log(`\nHTTP API under load (issue 8): attache serve over the ingested corpus (${b.articles} articles), autocannon in another process, ${b.connections} connections, ${b.seconds} s a route; ${availableParallelism()} cores shared by server and client`);
  console.log(
    table(
      ['route', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'MB/s', 'errors', 'timeouts', 'non-2xx', 'load avg'],
      b.runs.map((r) => [
        r.label, String(r.requests), r.perSecond.toFixed(0), String(r.p50Ms), String(r.p99Ms), String(r.maxMs), r.mbPerSecond.toFixed(1),
        String(r.errors), String(r.timeouts), String(r.non2xx), `${r.loadBefore.toFixed(1)} -> ${r.loadAfter.toFixed(1)}`,
      ]),
    ),
  );
  const errorsOf = (rs: readonly LoadRun[]) => rs.reduce((n, r) => n + r.errors + r.non2xx, 0);
  const served = b.runs.filter((r) => !r.label.includes('no cache'));
  const uncached = b.runs.filter((r) => r.label.includes('no cache'));
  // Errors count connection errors and timeouts (autocannon's 10 s) and non-2xx answers.
  console.log(`no errors as served: ${errorsOf(served) === 0 ? 'ok' : `FAILED (${errorsOf(served)})`}; without the cache: ${errorsOf(uncached) === 0 ? 'ok' : `${errorsOf(uncached)} errors or timeouts`}`);
}

// `node dist/scripts/bench/load.js` runs the load bench alone (after `npm run build`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  reportLoad(sharedPath('corpus', 'state-dept-press-releases.jsonl')).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
