import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates, type TextSpan } from '../../src/dates/index.js';
import { packageRoot, sharedPath } from '../../src/util/paths.js';
import { corpusTexts } from './corpus.js';

export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
}

/** One span a line: the dates stage gets sentences, which only makes windows smaller. */
function lineSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let p = 0;
  for (const line of text.split('\n')) {
    spans.push({ start: p, end: p + line.length });
    p += line.length + 1;
  }
  return spans;
}

async function texts(): Promise<{ source: string; texts: string[] }> {
  const corpus = sharedPath('corpus', 'state-dept-press-releases.jsonl');
  if (existsSync(corpus)) {
    const out: string[] = [];
    for await (const t of corpusTexts(corpus)) out.push(t);
    return { source: 'state-dept-press-releases', texts: out };
  }
  const example = readFileSync(join(packageRoot(), 'examples', 'us-japan-2021-03-16.txt'), 'utf8');
  return { source: 'bundled example ×200', texts: Array.from({ length: 200 }, () => example) };
}

/**
 * Micro-benchmark of findDates alone: throughput on a real corpus (or the
 * bundled example where ../shared is missing) and time on adversarial input.
 */
export async function benchDates(): Promise<BenchMetric[]> {
  const { texts: all } = await texts();
  const spans = all.map(lineSpans);
  for (let i = 0; i < Math.min(50, all.length); i++) findDates(all[i] as string, spans[i] as TextSpan[], '2021-03-16');
  let chars = 0;
  let mentions = 0;
  const t0 = performance.now();
  for (let i = 0; i < all.length; i++) {
    const text = all[i] as string;
    chars += text.length;
    mentions += findDates(text, spans[i] as TextSpan[], '2021-03-16').length;
  }
  const ms = performance.now() - t0;
  const adversarial = ['early '.repeat(100_000), 'March 5 '.repeat(25_000), '2 days and '.repeat(20_000)];
  const t1 = performance.now();
  for (const text of adversarial) findDates(text, [{ start: 0, end: text.length }], '2021-03-16');
  const adversarialMs = performance.now() - t1;
  return [
    { name: 'dates: articles', value: all.length, unit: 'articles' },
    { name: 'dates: time', value: Math.round(ms), unit: 'ms' },
    { name: 'dates: throughput', value: Math.round(chars / 1024 / (ms / 1000)), unit: 'KiB/s' },
    { name: 'dates: mentions', value: mentions, unit: 'mentions' },
    { name: 'dates: adversarial 1.5 MB', value: Math.round(adversarialMs), unit: 'ms' },
  ];
}
