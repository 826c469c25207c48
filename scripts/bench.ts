import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../src/util/paths.js';
import { table } from './eval/table.js';
import { benchPipeline } from './bench/pipeline.js';

/** Speed and memory against a baseline measured in the same run; never asserted, only reported. */
async function main(): Promise<void> {
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
  console.log('analyze --jsonl vs. wink-nlp reading the same texts once (default pipeline)');
  console.log(
    table(
      ['run', 'seconds', 'articles/s', 'tokens/s'],
      [
        ['wink-nlp baseline (mean of 2)', (p.baselineMs / 1000).toFixed(2), perSec(p.articles, p.baselineMs), perSec(p.tokens, p.baselineMs)],
        ['attache analyze --jsonl', (p.attacheMs / 1000).toFixed(2), perSec(p.articles, p.attacheMs), perSec(p.tokens, p.attacheMs)],
      ],
    ),
  );
  console.log(`\nratio attache / baseline: ${(p.attacheMs / p.baselineMs).toFixed(2)}x   (goal for this stage: <= 2x)`);
  console.log(`heap after GC at 25/50/75/100% of the batch: ${p.heapMbAtQuarters.map((h) => `${h.toFixed(1)} MB`).join(', ')}`);
  console.log(`peak RSS: ${p.peakRssMb.toFixed(0)} MB`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
