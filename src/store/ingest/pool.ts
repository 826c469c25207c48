import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../../analyze.js';
import { AttacheError, type ErrorCode } from '../../errors.js';
import type { ArticleInput } from '../../ingest/article.js';
import type { AnalysisDocument } from '../../output/document.js';
import { runJob, type AnalysisJob, type AnalysisResult, type DocumentJob, type DocumentResult } from './job.js';

/** Runs analysis jobs somewhere: on worker threads, or in this thread. */
export interface AnalysisPool {
  /** How many jobs may be in flight before the caller should wait for one to finish. */
  readonly capacity: number;
  run(job: AnalysisJob): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** A pool that also answers an article's analysis document (the HTTP API's /analyze and /check), storing nothing. */
export interface DocumentPool extends AnalysisPool {
  /** The analysis document; rejects with the analysis' AttacheError (E_EMPTY, E_HTML_NO_TEXT, …) as analyze() throws it. */
  analyze(input: ArticleInput): Promise<AnalysisDocument>;
}

const yieldOnce = () => new Promise<void>((r) => setImmediate(r));

/** Analysis in the calling thread, with a given analyzer: for tests and --workers 0. */
export function inlinePool(analyzer: Analyzer): DocumentPool {
  return {
    capacity: 1,
    run: async (job) => {
      // Yield first so the caller's reading and writing interleave as they do with workers.
      await yieldOnce();
      return runJob(analyzer, job);
    },
    analyze: async (input) => {
      await yieldOnce();
      return analyzer.analyze(input);
    },
    close: async () => undefined,
  };
}

type Reply = AnalysisResult | DocumentResult;

interface Slot {
  worker: Worker;
  /** By message number, which the pool gives: callers' job ids need not be unique across callers (concurrent requests). */
  pending: Map<number, (r: Reply) => void>;
}

/** Jobs queued per worker: enough that a worker never idles while the main thread writes a batch. */
const JOBS_PER_WORKER = 4;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A pool of worker threads, each with its own analyzer. Each worker is kept four jobs deep so it
 * never waits on the main thread between articles (which may be writing a batch or reading a slow input). A worker that dies fails its jobs with
 * E_INTERNAL and is replaced; the ingest goes on.
 */
export function workerPool(size: number): DocumentPool {
  const slots: Slot[] = [];
  let closing = false;
  let sequence = 0;
  const spawn = (index: number): void => {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, pending: new Map() };
    slots[index] = slot;
    worker.on('message', (msg: Reply | { ready: true }) => {
      if ('ready' in msg) return;
      const resolve = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      resolve?.(msg);
    });
    const fail = (why: string) => {
      if (slots[index] !== slot) return;
      for (const [id, resolve] of slot.pending) resolve({ id, error: { code: 'E_INTERNAL', message: `internal error: the analysis worker ${why}` } });
      slot.pending.clear();
      if (!closing) spawn(index);
    };
    worker.on('error', (e) => fail(`failed (${e.message})`));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
  };
  /** Posts a job to the least busy worker under the pool's own message number; answers with the caller's id. */
  const post = <J extends { id: number }>(job: J): Promise<Reply> => {
    // Started on the first job: a rerun with nothing new to analyse loads no models.
    if (slots.length === 0) for (let i = 0; i < size; i++) spawn(i);
    const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best), slots[0]!);
    const n = ++sequence;
    return new Promise((resolve) => {
      slot.pending.set(n, (reply) => resolve({ ...reply, id: job.id }));
      slot.worker.postMessage({ ...job, id: n });
    });
  };
  return {
    capacity: size * JOBS_PER_WORKER,
    run: (job) => post(job) as Promise<AnalysisResult>,
    async analyze(input) {
      const job: DocumentJob = { id: 0, document: true, input };
      const reply = (await post(job)) as DocumentResult;
      if ('error' in reply) throw new AttacheError(reply.error.code as ErrorCode, reply.error.message);
      return reply.doc;
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
