import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sharedPath } from '../src/util/paths.js';
import { table } from './eval/table.js';
import { benchPipeline } from './bench/pipeline.js';
import { benchKb } from './bench/kb.js';
import { benchDates } from './bench/dates.js';
import { benchIngest } from './bench/ingest.js';
import { reportLoad } from './bench/load.js';

/** Stages each issue's goal counts: the foundation (issue 2), then with actors (issue 4). */
const FOUNDATION = new Set(['structure', 'article-date', 'sentences', 'dates']);
const GOALS: [string, (stage: string) => boolean, number][] = [
  ['foundation (structure, sentences, dates)', (s) => FOUNDATION.has(s), 2],
  ['with actors (mention-candidates, actors)', (s) => FOUNDATION.has(s) || s === 'mention-candidates' || s === 'actors', 3],
  ['whole pipeline', (s) => !s.startsWith('('), 4],
];

/**
 * Speed and memory against a baseline measured in the same run; never asserted, only reported.
 * `ATTACHE_BENCH=pipeline` stops after the pipeline's figures (a few minutes instead of twelve: no KB, dates,
 * ingest or HTTP load parts), for work on the stages' speed.
 */
async function main(): Promise<void> {
  const pipelineOnly = process.env.ATTACHE_BENCH === 'pipeline';
  const corpus = sharedPath('corpus', 'state-dept-press-releases.jsonl');
  if (!existsSync(corpus)) {
    console.log(`npm run bench: ${corpus} is missing, so there is no corpus to measure (set ATTACHE_SHARED to the shared folder). Skipped.`);
    return;
  }
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with --expose-gc, as `npm run bench` does, for stable memory figures)');
  const totalLines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).length;
  console.log(`Corpus: ${corpus} (${totalLines} articles)\n`);

  const p = await benchPipeline(corpus, totalLines);
  const perSec = (n: number, ms: number) => Math.round((n / ms) * 1000);
  console.log('analyze --jsonl vs. wink-nlp reading the same texts once (default pipeline); times are CPU seconds of this process');
  console.log(
    table(
      ['run', 'CPU s', 'articles/s', 'tokens/s'],
      [
        ['wink-nlp baseline (mean of 2)', (p.baselineMs / 1000).toFixed(2), perSec(p.articles, p.baselineMs), perSec(p.tokens, p.baselineMs)],
        ['attache analyze --jsonl', (p.attacheMs / 1000).toFixed(2), perSec(p.articles, p.attacheMs), perSec(p.tokens, p.attacheMs)],
      ],
    ),
  );
  console.log(`\nratio attache analyze --jsonl / baseline: ${(p.attacheMs / p.baselineMs).toFixed(2)}x (end to end: reading, analysing, writing JSON)`);
  const ratio = (ms: number, base: number) => (ms / base).toFixed(2);
  const perRound = (pick: (r: (typeof p.rounds)[number]) => number) => p.rounds.map((r) => pick(r) / r.baselineMs);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const foundationRatios = perRound((r) => r.foundationMs);
  console.log(
    `\nfoundation stages alone (structure, article date, sentences, dates; no output written): median ${med(foundationRatios).toFixed(2)}x baseline over ${p.rounds.length} rounds (${foundationRatios.map((x) => x.toFixed(2)).join(', ')}; issue 2 goal: <= 2x)`,
  );
  console.log(`\nTime per stage in the whole pipeline (library calls over the same corpus, read into memory first; medians of ${p.rounds.length} rounds, each interleaved chunk by chunk with its own baseline run):`);
  console.log(table(['stage', 'CPU s', 'x baseline'], p.stageMs.map(([name, ms]) => [name, (ms / 1000).toFixed(2), ratio(ms, p.baselineMs)])));
  console.log('');
  console.log(
    table(
      ['stages', 'x baseline (median)', 'per round', 'goal'],
      GOALS.map(([label, keep, goal]) => {
        const rs = perRound((r) => [...r.stages].filter(([n]) => keep(n)).reduce((a, [, m]) => a + m, 0));
        return [label, med(rs).toFixed(2), rs.map((x) => x.toFixed(2)).join(', '), `<= ${goal}x`];
      }),
    ),
  );
  console.log(`heap after GC at 25/50/75/100% of the batch: ${p.heapMbAtQuarters.map((h) => `${h.toFixed(1)} MB`).join(', ')}`);
  console.log(`peak RSS: ${p.peakRssMb.toFixed(0)} MB`);
  const [warm, ...after] = p.heapMbAfterRounds;
  const last = after.at(-1) ?? warm ?? 0;
  console.log(
    `heap after GC in one process, after the warm-up and after each of ${after.length} rounds over the whole corpus: ` +
      `${p.heapMbAfterRounds.map((h) => h.toFixed(1)).join(' / ')} MB — ${(((last - (after[0] ?? last)) / (after[0] ?? last)) * 100).toFixed(1)}% from round 1 to round ${after.length} ` +
      '(the run-wide caches are bounded; growth across rounds that re-read the same articles would be a leak)',
  );

  if (pipelineOnly) {
    console.log('\n(ATTACHE_BENCH=pipeline: the knowledge base, dates, ingest and HTTP load parts are skipped)');
    return;
  }

  console.log('\nKnowledge base');
  console.log(table(['measure', 'value', 'unit'], (await benchKb()).map((r) => [r.name, String(r.value), r.unit])));
  console.log('\nDates alone (findDates)');
  console.log(table(['measure', 'value', 'unit'], (await benchDates()).map((r) => [r.name, String(r.value), r.unit])));

  const ing = await benchIngest(corpus, totalLines);
  const rate = (ms: number) => ((ing.articles / ms) * 1000).toFixed(1);
  console.log(`\nIngest into the store (fresh processes, wall clock, ${ing.articles} articles; ${availableParallelism()} cores; 1-minute load average before -> after each run, other processes included)`);
  console.log(
    table(
      ['run', 'wall s', 'articles/s', 'CPU s', 'CPU/wall', 'load avg', 'RSS MB at 25/50/75/100%', 'peak RSS MB'],
      [ing.analyze, ing.ingest1, ing.ingest2].map((r) => [
        r.label, (r.wallMs / 1000).toFixed(1), rate(r.wallMs), (r.cpuMs / 1000).toFixed(1), (r.cpuMs / r.wallMs).toFixed(2),
        `${r.loadBefore.toFixed(1)} -> ${r.loadAfter.toFixed(1)}`,
        r.rssMbAtQuarters.map((m) => m.toFixed(0)).join(' / '), r.peakRssMb.toFixed(0),
      ]),
    ),
  );
  console.log(
    `2 workers / 1 worker: ${(ing.ingest1.wallMs / ing.ingest2.wallMs).toFixed(2)}x (goal >= 1.6x); ` +
      `ingest --workers 1 / analyze --jsonl: ${(ing.analyze.wallMs / ing.ingest1.wallMs).toFixed(2)} of the rate (goal >= 0.85); ` +
      `ingest --workers 2 / analyze --jsonl: ${(ing.analyze.wallMs / ing.ingest2.wallMs).toFixed(2)}`,
  );
  console.log(
    `(CPU/wall is the parallelism a run got: near ${availableParallelism()} for 2 workers when the cores are free; ` +
      'a load average above the core count means other processes took part of them, and the speed-up with them)',
  );
  console.log('\nStore checks over the whole corpus (issue 7)');
  console.log(table(['check', 'result', 'compared'], ing.checks.map((c) => [c.name, c.ok ? 'ok' : 'FAILED', c.detail])));

  await reportLoad(corpus);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
