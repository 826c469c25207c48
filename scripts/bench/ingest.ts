import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, openSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';

export interface ProcessRun {
  readonly label: string;
  readonly wallMs: number;
  /** Resident memory of the process (main thread and its workers) at 25/50/75/100% of its run time, MB. */
  readonly rssMbAtQuarters: number[];
  readonly peakRssMb: number;
}

export interface IngestBench {
  readonly articles: number;
  readonly analyze: ProcessRun;
  readonly ingest1: ProcessRun;
  readonly ingest2: ProcessRun;
  readonly loadAverage: number;
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs the CLI as its own process (so each run starts cold and alone), sampling its memory from /proc. */
function runCli(label: string, args: string[], stdoutPath: string): Promise<ProcessRun> {
  const main = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutPath, 'w');
    const t0 = performance.now();
    const child = spawn(process.execPath, [main, ...args], { stdio: ['ignore', out, 'ignore'] });
    const samples: [number, number][] = [];
    const timer = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb !== null) samples.push([performance.now() - t0, mb]);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      closeSync(out);
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${label}: exited ${code}`));
      const at = (q: number) => samples.filter(([t]) => t <= wallMs * q).at(-1)?.[1] ?? 0;
      resolve({ label, wallMs, rssMbAtQuarters: [0.25, 0.5, 0.75, 1].map(at), peakRssMb: Math.max(0, ...samples.map(([, m]) => m)) });
    });
  });
}

/**
 * Ingest against `analyze --jsonl` over the same corpus, each as a fresh process timed by the wall clock
 * (worker threads are about wall time): one worker, two workers, and analysis alone with its JSON
 * written to a file. Each ingest starts from an empty store.
 */
export async function benchIngest(corpus: string, articles: number): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-ingest-'));
  try {
    const analyze = await runCli('attache analyze --jsonl', ['analyze', '--jsonl', corpus], join(dir, 'analyses.jsonl'));
    const ingest1 = await runCli('attache ingest --workers 1', ['ingest', corpus, '--db', join(dir, 'one.db'), '--workers', '1', '--quiet'], join(dir, 'one.txt'));
    const ingest2 = await runCli('attache ingest --workers 2', ['ingest', corpus, '--db', join(dir, 'two.db'), '--workers', '2', '--quiet'], join(dir, 'two.txt'));
    return { articles, analyze, ingest1, ingest2, loadAverage: loadavg()[0] ?? 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
