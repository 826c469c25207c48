import { Writable } from 'node:stream';
import { PassThrough } from 'node:stream';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { CommandIO } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run.js';
import { createAnalyzer } from '../../src/analyze.js';
import type { ArticleInput } from '../../src/ingest/article.js';
import { loadResources, type Resources } from '../../src/pipeline/resources.js';
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

function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Rounds over the whole corpus; each interleaves the three runs chunk by chunk (see interleavedRound). */
const ROUNDS = 3;
/** Articles per chunk: small enough that the machine's drift hits the three runs alike, large enough for the CPU clock. */
const CHUNK = 16;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export interface RoundRatios {
  /** Per round: stage name → ms, and that round's baseline ms. */
  readonly rounds: { baselineMs: number; stages: Map<string, number>; foundationMs: number }[];
  /** Heap after GC after the warm-up and after each round: rounds re-read the same corpus with the same resources, so growth here is a leak. */
  readonly heapMbAfterRounds: number[];
}

/**
 * One pass over the corpus in chunks: each chunk is read by the wink-nlp baseline, then analysed by the whole
 * pipeline (the analysis serialised as `analyze` does), then by the foundation stages alone. This machine's speed
 * drifts by a quarter from minute to minute (and other work shares its two cores), so runs made whole corpora apart
 * gave ratios from 2.5x to 4.4x in one bench; chunk by chunk, the runs compared meet the same machine.
 */
async function interleavedRound(inputs: readonly ArticleInput[], texts: readonly string[], resources: Resources): Promise<RoundRatios['rounds'][number]> {
  const nlp = winkNLP(model);
  const whole = createAnalyzer({ resources, clock: cpuMs });
  const foundation = createAnalyzer({ resources, stages: DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((st) => st.name === 'dates') + 1) });
  let baselineMs = 0;
  let wholeMs = 0;
  let foundationMs = 0;
  for (let i = 0; i < inputs.length; i += CHUNK) {
    const end = Math.min(inputs.length, i + CHUNK);
    let t = cpuMs();
    for (let k = i; k < end; k++) nlp.readDoc(texts[k]!).tokens().length();
    baselineMs += cpuMs() - t;
    t = cpuMs();
    for (let k = i; k < end; k++) JSON.stringify(whole.analyze(inputs[k]!));
    wholeMs += cpuMs() - t;
    t = cpuMs();
    for (let k = i; k < end; k++) foundation.analyzeDoc(inputs[k]!);
    foundationMs += cpuMs() - t;
  }
  const stages = new Map(whole.pipeline.stageTimes);
  const inStages = [...stages.values()].reduce((a, m) => a + m, 0);
  stages.set('(writing JSON)', Math.max(0, wholeMs - inStages));
  return { baselineMs, stages, foundationMs };
}

export async function benchPipeline(path: string, totalLines: number): Promise<PipelineBench & RoundRatios> {
  await baseline(path, 50); // warm both paths' code before timing
  const first = await baseline(path);
  gc();
  const a = await attache(path, totalLines);
  const inputs: ArticleInput[] = [];
  for await (const item of readJsonl(createReadStream(path), path, 64 * 1024 * 1024)) if ('input' in item) inputs.push(item.input);
  const texts: string[] = [];
  for await (const text of corpusTexts(path)) texts.push(text);
  if (texts.length !== inputs.length) throw new Error(`bench: ${texts.length} texts but ${inputs.length} articles in ${path}`);
  const resources = loadResources();
  // Warm-up: the first articles load what the stages load lazily, once per process (the KB's name keys and terms,
  // the codebooks), as the baseline's model is loaded before its clock starts; the rounds then time steady work.
  await interleavedRound(inputs.slice(0, 50), texts.slice(0, 50), resources);
  const rounds: RoundRatios['rounds'] = [];
  const heapMbAfterRounds = [heapAfterGc()];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.push(await interleavedRound(inputs, texts, resources));
    heapMbAfterRounds.push(heapAfterGc());
  }
  const names = [...rounds[0]!.stages.keys()];
  const baselineMs = median(rounds.map((r) => r.baselineMs));
  return {
    rounds,
    heapMbAfterRounds,
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
