import { existsSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createAnalyzer } from '../src/analyze.js';
import { readJsonl } from '../src/ingest/jsonl.js';
import { sharedPath } from '../src/util/paths.js';

/**
 * Time per stage over a JSONL corpus (default: the State Department releases), for profiling:
 *   node --cpu-prof dist/scripts/stage-times.js [FILE.jsonl]
 */
async function main(): Promise<void> {
  const path = process.argv[2] ?? sharedPath('corpus', 'state-dept-press-releases.jsonl');
  if (!existsSync(path)) {
    console.log(`stage-times: ${path} is missing. Skipped.`);
    return;
  }
  const analyzer = createAnalyzer();
  const t0 = performance.now();
  let n = 0;
  for await (const item of readJsonl(createReadStream(path), path, 64 * 1024 * 1024)) {
    if ('input' in item) {
      analyzer.analyzeDoc(item.input);
      n++;
    }
  }
  console.log(`${n} articles in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  for (const [stage, ms] of analyzer.pipeline.stageTimes) console.log(`${stage.padEnd(20)} ${(ms / 1000).toFixed(2)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
