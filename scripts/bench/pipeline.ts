import { Writable } from 'node:stream';
import { PassThrough } from 'node:stream';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { CommandIO } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run.js';
import { createAnalyzer } from '../../src/analyze.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/stages.js';
import { readJsonl } from '../../src/ingest/jsonl.js';
import { createReadStream } from 'node:fs';
import { corpusTexts } from './corpus.js';

export interface PipelineBench {
  /** CPU ms of the foundation stages alone (structure, article date, sentences, dates), the same corpus. */
  foundationMs: number;
  /** Milliseconds per stage over a library pass on the same corpus. */
  stageMs: [string, number][];
  articles: number;
  tokens: number;
  baselineMs: number;
  attacheMs: number;
  heapMbAtQuarters: number[];
  peakRssMb: number;
}

/** CPU time of this process in ms: steadier than wall time when other work shares the machine. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** wink-nlp reading every text once, with its default pipeline: the baseline. */
async function baseline(path: string, limit = Infinity): Promise<{ ms: number; tokens: number; articles: number }> {
  const nlp = winkNLP(model);
  let tokens = 0;
  let articles = 0;
  const t0 = cpuMs();
  for await (const text of corpusTexts(path, limit)) {
    tokens += nlp.readDoc(text).tokens().length();
    articles++;
  }
  return { ms: cpuMs() - t0, tokens, articles };
}

/** `attache analyze --jsonl CORPUS` through the CLI's own code path, output counted and dropped. */
async function attache(path: string, totalLines: number): Promise<{ ms: number; heap: number[]; peakRss: number }> {
  const heap: number[] = [];
  let lines = 0;
  let peakRss = 0;
  const marks = [0.25, 0.5, 0.75, 1].map((q) => Math.max(1, Math.floor(totalLines * q)));
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const b of chunk) if (b === 0x0a) lines++;
      if (marks.includes(lines)) {
        gc();
        const m = process.memoryUsage();
        heap.push(m.heapUsed / 1e6);
      }
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      cb();
    },
  });
  const io: CommandIO = { stdout: sink, stderr: new PassThrough().resume(), stdin: new PassThrough(), isTTY: false, color: false, env: {}, cwd: process.cwd() };
  const t0 = cpuMs();
  const code = await runCli(['analyze', '--jsonl', path], io);
  const ms = cpuMs() - t0;
  if (code !== 0) throw new Error(`attache analyze exited ${code}`);
  return { ms, heap, peakRss: peakRss / 1e6 };
}

/**
 * The same corpus through the library call, to see where the time goes stage by
 * stage; with `stages`, only those (a prefix of the pipeline) run, and nothing is serialised.
 */
export async function perStage(path: string, stages?: readonly Stage[]): Promise<{ ms: number; stages: [string, number][] }> {
  const analyzer = createAnalyzer(stages ? { stages } : {});
  if (stages) {
    const t0 = cpuMs();
    for await (const item of readJsonl(createReadStream(path), path, 64 * 1024 * 1024)) {
      if ('input' in item) analyzer.analyzeDoc(item.input);
    }
    return { ms: cpuMs() - t0, stages: [...analyzer.pipeline.stageTimes] };
  }
  const t0 = cpuMs();
  for await (const item of readJsonl(createReadStream(path), path, 64 * 1024 * 1024)) {
    if ('input' in item) JSON.stringify(analyzer.analyze(item.input));
  }
  // Stage times are measured around each stage (single-threaded, so close to CPU time); the rest of the
  // pass is reading the JSONL and writing the JSON, reported as a row of its own.
  const cpu = cpuMs() - t0;
  const measured = [...analyzer.pipeline.stageTimes];
  const inStages = measured.reduce((a, [, m]) => a + m, 0);
  return { ms: cpu, stages: [...measured, ['(reading JSONL, writing JSON)', Math.max(0, cpu - inStages)]] };
}

/** Rounds of (baseline, whole pipeline, foundation) in turn: this machine's speed drifts, so each round's ratios pair runs made side by side. */
const ROUNDS = 3;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export interface RoundRatios {
  /** Per round: stage name → ms, and that round's baseline ms. */
  readonly rounds: { baselineMs: number; stages: Map<string, number>; foundationMs: number }[];
}

export async function benchPipeline(path: string, totalLines: number): Promise<PipelineBench & RoundRatios> {
  await baseline(path, 50); // warm both paths' code before timing
  const first = await baseline(path);
  gc();
  const a = await attache(path, totalLines);
  const rounds: RoundRatios['rounds'] = [];
  for (let r = 0; r < ROUNDS; r++) {
    gc();
    const b = await baseline(path);
    gc();
    const lib = await perStage(path);
    gc();
    const foundation = await perStage(path, DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((st) => st.name === 'dates') + 1));
    rounds.push({ baselineMs: b.ms, stages: new Map(lib.stages), foundationMs: foundation.ms });
  }
  const names = [...rounds[0]!.stages.keys()];
  const baselineMs = median(rounds.map((r) => r.baselineMs));
  return {
    rounds,
    foundationMs: median(rounds.map((r) => r.foundationMs)),
    stageMs: names.map((n) => [n, median(rounds.map((r) => r.stages.get(n) ?? 0))]),
    articles: first.articles,
    tokens: first.tokens,
    baselineMs,
    attacheMs: a.ms,
    heapMbAtQuarters: a.heap,
    peakRssMb: a.peakRss,
  };
}
