import type { Readable } from 'node:stream';
import { contentHash } from '../content-hash.js';
import type { Store } from '../types.js';
import type { AnalysisJob, AnalysisResult } from './job.js';
import type { AnalysisPool } from './pool.js';
import { readSources, type InputError } from './sources.js';

export interface IngestProgress {
  /** Inputs dealt with: stored, skipped or failed. */
  readonly done: number;
  /** Inputs expected, when known. */
  readonly total: number | null;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

export interface IngestOptions {
  readonly store: Store;
  readonly pool: AnalysisPool;
  /** Files, directories, or '-' for JSONL on stdin. */
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly stdin: Readable;
  readonly maxBytes: number;
  /** The date every article is analysed with (wins over the input's), or null. */
  readonly date?: string | null;
  /** Inputs expected, for progress (countArticles), or null. */
  readonly total?: number | null;
  readonly onProgress?: (p: IngestProgress) => void;
  readonly clock?: () => number;
  /**
   * Results are written in small batches, one transaction each: at most batchSize articles (default 32)
   * or batchMs of waiting (default 250). Each article is whole or absent after a crash; 1 writes one by one.
   */
  readonly batchSize?: number;
  readonly batchMs?: number;
}

export interface IngestSummary {
  /** Articles read (bad inputs not counted). */
  readonly read: number;
  /** Stored new: 'inserted' includes 'replaced'. */
  readonly inserted: number;
  /** Of those, how many replaced an older version with the same id or URL. */
  readonly replaced: number;
  /** Already in the store (same content hash): not analysed again. */
  readonly unchanged: number;
  /** Same content as an article earlier in this run. */
  readonly duplicates: number;
  /** An older version of an article a later input in this run replaces (same id or URL): dropped. */
  readonly superseded: number;
  readonly failed: number;
  readonly errors: readonly InputError[];
  readonly elapsedMs: number;
}

/**
 * Reads every input, skips what the store holds (by content hash, before any analysis), sends the rest
 * to the pool and writes each result in its own transaction, in whatever order results come back.
 *
 * Results do not depend on that order: an article's content is stored once (a duplicate in flight is
 * skipped); when two inputs share an id or URL, the later input wins (an earlier one still in flight is
 * dropped as superseded, as it is when the later one is already stored). Killing the process leaves
 * whole articles only; a rerun skips them and completes the set.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, pool } = options;
  const clock = options.clock ?? (() => performance.now());
  const batchSize = options.batchSize ?? 32;
  const batchMs = options.batchMs ?? 250;
  const t0 = clock();
  const errors: InputError[] = [];
  let read = 0, inserted = 0, replaced = 0, unchanged = 0, duplicates = 0, superseded = 0;
  const inflightHashes = new Set<string>();
  /** id/URL key → the job in flight that carries it. */
  const inflightKeys = new Map<string, number>();
  const supersededJobs = new Set<number>();
  const inflight = new Map<number, Promise<void>>();
  let lastProgress = 0;

  const progress = (force = false) => {
    if (!options.onProgress) return;
    const now = clock();
    if (!force && now - lastProgress < 100) return;
    lastProgress = now;
    options.onProgress({
      done: inserted + unchanged + duplicates + superseded + errors.length,
      total: options.total ?? null,
      stored: inserted, skipped: unchanged + duplicates + superseded, failed: errors.length, elapsedMs: now - t0,
    });
  };

  /** Results waiting to be written: written together, in one transaction, every batchMs or batchSize. */
  let batch: { job: AnalysisJob; keys: readonly string[]; result: AnalysisResult }[] = [];
  let batchStarted = 0;
  let timer: NodeJS.Timeout | null = null;
  /** A write that failed on the timer: thrown from the main loop. */
  let fatal: unknown = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (batch.length === 0) return;
    const ready = batch;
    batch = [];
    const records = [];
    for (const { job, result } of ready) {
      // Checked at the last moment: an input read while this one was in flight may have superseded it.
      if (supersededJobs.delete(job.id)) superseded++;
      else if ('error' in result) {
        const [file, line] = splitOrigin(job.source.origin);
        errors.push({ file, line, code: result.error.code, reason: stripOrigin(result.error.message, job.source.origin) });
      } else records.push(result.record);
    }
    for (const outcome of store.putArticles(records)) {
      if (outcome === 'unchanged') unchanged++;
      else {
        inserted++;
        if (outcome === 'replaced') replaced++;
      }
    }
    // Only now, with the articles committed, may a later copy of them be judged by the store alone.
    for (const { job, keys } of ready) {
      inflightHashes.delete(job.source.hash);
      for (const k of keys) if (inflightKeys.get(k) === job.id) inflightKeys.delete(k);
    }
    progress();
  };

  const settle = (job: AnalysisJob, keys: readonly string[], result: AnalysisResult) => {
    if (batch.length === 0) {
      batchStarted = clock();
      // Results that come while the reader waits on a slow input are written all the same.
      timer = setTimeout(() => {
        try {
          flush();
        } catch (e) {
          fatal ??= e;
        }
      }, batchMs);
    }
    batch.push({ job, keys, result });
    if (batch.length >= batchSize || clock() - batchStarted >= batchMs) flush();
  };

  // Articles a killed run stored but did not index yet.
  store.indexPending();
  let nextId = 0;
  for await (const item of readSources(options.paths, { cwd: options.cwd, stdin: options.stdin, maxBytes: options.maxBytes })) {
    if ('error' in item) {
      errors.push(item.error);
      progress();
      continue;
    }
    read++;
    const hash = contentHash(item.input);
    if (inflightHashes.has(hash)) {
      duplicates++;
      progress();
      continue;
    }
    const keys = [item.extId !== null ? `id:${item.extId}` : null, item.input.url ? `url:${item.input.url.trim()}` : null].filter((k): k is string => k !== null);
    for (const k of keys) {
      const older = inflightKeys.get(k);
      if (older !== undefined) supersededJobs.add(older);
    }
    if (store.hasArticle(hash)) {
      unchanged++;
      progress();
      continue;
    }
    const job: AnalysisJob = { id: nextId++, input: item.input, source: { hash, extId: item.extId, origin: item.origin }, date: options.date ?? null };
    inflightHashes.add(hash);
    for (const k of keys) inflightKeys.set(k, job.id);
    const done = pool.run(job).then((result) => {
      inflight.delete(job.id);
      settle(job, keys, result);
    });
    inflight.set(job.id, done);
    // Back-pressure: read no further ahead than the pool can use, so memory stays flat.
    while (inflight.size >= pool.capacity) await Promise.race(inflight.values());
    if (fatal) throw fatal;
  }
  await Promise.all(inflight.values());
  flush();
  if (fatal) throw fatal;
  // Full-text indexing in one pass over what this run stored, once the workers are done.
  store.indexPending();
  progress(true);
  return { read, inserted, replaced, unchanged, duplicates, superseded, failed: errors.length, errors, elapsedMs: clock() - t0 };
}

function splitOrigin(origin: string): [string, number | null] {
  const m = /^(.*):(\d+)$/.exec(origin);
  return m ? [m[1]!, Number(m[2])] : [origin, null];
}

function stripOrigin(message: string, origin: string): string {
  return message.startsWith(`${origin}: `) ? message.slice(origin.length + 2) : message;
}
