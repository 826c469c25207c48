import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, openSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGdeltLine, checkPloverLine, committedArticles, openStore, type StoreStats } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';

export interface ProcessRun {
  readonly label: string;
  readonly wallMs: number;
  /** Resident memory of the process (main thread and its workers) at 25/50/75/100% of its run time, MB. */
  readonly rssMbAtQuarters: number[];
  readonly peakRssMb: number;
  /** CPU seconds the process used (all its threads), from /proc: CPU / wall is the parallelism it got. */
  readonly cpuMs: number;
  /** The 1-minute load average just before the run started, and just after it ended. */
  readonly loadBefore: number;
  readonly loadAfter: number;
}

/** The issue's checks over the whole corpus: each a name, whether it held, and what was compared. */
export interface StoreCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface IngestBench {
  readonly articles: number;
  readonly analyze: ProcessRun;
  readonly ingest1: ProcessRun;
  readonly ingest2: ProcessRun;
  readonly checks: readonly StoreCheck[];
}

const MAIN = () => join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of a process (all its threads), ms. */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
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
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutPath, 'w');
    const loadBefore = loadavg()[0] ?? 0;
    const t0 = performance.now();
    const child = spawn(process.execPath, [MAIN(), ...args], { stdio: ['ignore', out, 'ignore'] });
    const samples: [number, number][] = [];
    let cpuMs = 0;
    const timer = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb !== null) samples.push([performance.now() - t0, mb]);
      cpuMs = (child.pid ? cpuMsOf(child.pid) : null) ?? cpuMs;
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      closeSync(out);
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${label}: exited ${code}`));
      const at = (q: number) => samples.filter(([t]) => t <= wallMs * q).at(-1)?.[1] ?? 0;
      resolve({
        label, wallMs, rssMbAtQuarters: [0.25, 0.5, 0.75, 1].map(at), peakRssMb: Math.max(0, ...samples.map(([, m]) => m)), cpuMs,
        loadBefore, loadAfter: loadavg()[0] ?? 0,
      });
    });
  });
}

function statsOf(db: string): StoreStats {
  const store = openStore(db, { readonly: true });
  try {
    return store.stats();
  } finally {
    store.close();
  }
}

/** Starts an ingest and kills it with SIGKILL once about `at` articles are committed; returns how many were. */
function killMidway(corpus: string, db: string, at: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN(), 'ingest', corpus, '--db', db, '--workers', '2', '--quiet'], { stdio: 'ignore' });
    let done = false;
    child.on('error', reject);
    child.on('close', () => {
      done = true;
      clearInterval(timer);
      resolve(committedArticles(db));
    });
    const timer = setInterval(() => {
      if (!done && committedArticles(db) >= at) child.kill('SIGKILL');
    }, 50);
  });
}

const same = (name: string, a: StoreStats, b: StoreStats, what: string): StoreCheck => {
  const ok = JSON.stringify(a) === JSON.stringify(b);
  return { name, ok, detail: ok ? `${what}: ${JSON.stringify(a)}` : `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}` };
};

/** Exports the store in one format and checks every line; the count is what the store says it should be. */
async function exportCheck(format: 'gdelt' | 'plover', db: string, out: string, check: (line: string) => string | null, expected: number): Promise<StoreCheck> {
  const run = await runCli(`attache export --format ${format}`, ['export', '--db', db, '--format', format], out);
  const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l);
  const bad = lines.map((l, i) => [i + 1, check(l)] as const).filter(([, why]) => why !== null);
  const ok = bad.length === 0 && lines.length <= expected;
  const how = `${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`;
  return {
    name: `export ${format}: every line valid`,
    ok,
    detail: `${lines.length} lines (store: ${expected}), ${bad.length} invalid${bad.length ? ` (line ${bad[0]![0]}: ${bad[0]![1]})` : ''}; ${how}`,
  };
}

/**
 * Ingest against `analyze --jsonl` over the same corpus, each as a fresh process timed by the wall clock
 * (worker threads are about wall time): one worker, two workers, and analysis alone with its JSON
 * written to a file. Each ingest starts from an empty store. Then the issue's checks over the whole corpus:
 * 1 and 2 workers store the same; a second ingest changes nothing; an ingest killed midway with SIGKILL
 * and rerun gives the stats of an uninterrupted run.
 */
export async function benchIngest(corpus: string, articles: number): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-ingest-'));
  try {
    const analyze = await runCli('attache analyze --jsonl', ['analyze', '--jsonl', corpus], join(dir, 'analyses.jsonl'));
    const one = join(dir, 'one.db');
    const two = join(dir, 'two.db');
    const ingest1 = await runCli('attache ingest --workers 1', ['ingest', corpus, '--db', one, '--workers', '1', '--quiet'], join(dir, 'one.txt'));
    const ingest2 = await runCli('attache ingest --workers 2', ['ingest', corpus, '--db', two, '--workers', '2', '--quiet'], join(dir, 'two.txt'));
    const reference = statsOf(one);
    const checks: StoreCheck[] = [same('1 and 2 workers store the same', reference, statsOf(two), '1 worker vs 2')];
    await runCli('attache ingest (again)', ['ingest', corpus, '--db', two, '--workers', '2', '--quiet'], join(dir, 'again.txt'));
    checks.push(same('ingesting twice gives the same stats', reference, statsOf(two), 'after the second ingest'));
    const killed = join(dir, 'killed.db');
    const at = await killMidway(corpus, killed, Math.floor(articles / 2));
    await runCli('attache ingest (rerun after SIGKILL)', ['ingest', corpus, '--db', killed, '--workers', '2', '--quiet'], join(dir, 'rerun.txt'));
    const check = same('SIGKILL midway + rerun = an uninterrupted run', reference, statsOf(killed), `killed with ${at} articles committed, rerun`);
    checks.push(check);
    checks.push(await exportCheck('gdelt', one, join(dir, 'export.gdelt'), checkGdeltLine, statsOf(one).eventClusters));
    checks.push(await exportCheck('plover', one, join(dir, 'export.plover'), checkPloverLine, statsOf(one).events));
    return { articles, analyze, ingest1, ingest2, checks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
