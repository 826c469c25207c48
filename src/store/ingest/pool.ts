import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../../analyze.js';
import { runJob, type AnalysisJob, type AnalysisResult } from './job.js';

/** Runs analysis jobs somewhere: on worker threads, or in this thread. */
export interface AnalysisPool {
  /** How many jobs may be in flight before the caller should wait for one to finish. */
  readonly capacity: number;
  run(job: AnalysisJob): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** Analysis in the calling thread, with a given analyzer: for tests and --workers 0. */
export function inlinePool(analyzer: Analyzer): AnalysisPool {
  return {
    capacity: 1,
    run: async (job) => {
      // Yield first so the caller's reading and writing interleave as they do with workers.
      await new Promise<void>((r) => setImmediate(r));
      return runJob(analyzer, job);
    },
    close: async () => undefined,
  };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { job: AnalysisJob; resolve: (r: AnalysisResult) => void }>;
}

/** Jobs queued per worker: enough that a worker never idles while the main thread writes a batch. */
const JOBS_PER_WORKER = 4;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A pool of worker threads, each with its own analyzer. Each worker is kept four jobs deep so it
 * never waits on the main thread between articles (which may be writing a batch or reading a slow input). A worker that dies fails its jobs with
 * E_INTERNAL and is replaced; the ingest goes on.
 */
export function workerPool(size: number): AnalysisPool {
  const slots: Slot[] = [];
  let closing = false;
  const spawn = (index: number): void => {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, pending: new Map() };
    slots[index] = slot;
    worker.on('message', (msg: AnalysisResult | { ready: true }) => {
      if ('ready' in msg) return;
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      p?.resolve(msg);
    });
    const fail = (why: string) => {
      if (slots[index] !== slot) return;
      for (const [id, p] of slot.pending) p.resolve({ id, error: { code: 'E_INTERNAL', message: `internal error: the analysis worker ${why}` } });
      slot.pending.clear();
      if (!closing) spawn(index);
    };
    worker.on('error', (e) => fail(`failed (${e.message})`));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
  };
  return {
    capacity: size * JOBS_PER_WORKER,
    run(job) {
      // Started on the first job: a rerun with nothing new to analyse loads no models.
      if (slots.length === 0) for (let i = 0; i < size; i++) spawn(i);
      const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best), slots[0]!);
      return new Promise((resolve) => {
        slot.pending.set(job.id, { job, resolve });
        slot.worker.postMessage(job);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
