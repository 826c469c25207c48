import { readFileSync } from 'node:fs';
import type { Analyzer } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/output/document.js';
import { sharedPath } from '../../src/util/paths.js';

export interface Release {
  /** 1-based line in the JSONL file: the corpus's own ids are empty. */
  readonly line: number;
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly text: string;
}

export interface Analysed {
  readonly release: Release;
  readonly out: AnalysisDocument;
}

/** At most this many releases are analysed (ATTACHE_EVAL_LIMIT lowers it for quick runs); the suites print it. */
export function releaseLimit(): number {
  const n = Number(process.env.ATTACHE_EVAL_LIMIT);
  return Number.isInteger(n) && n > 0 ? n : Infinity;
}

export function loadReleases(): Release[] {
  const lines = readFileSync(sharedPath('corpus', 'state-dept-press-releases.jsonl'), 'utf8').split('\n');
  const out: Release[] = [];
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    const r = JSON.parse(l) as { url: string; title: string; published: string; text: string };
    out.push({ line: i + 1, url: r.url, title: r.title, date: r.published.slice(0, 10), text: r.text });
  });
  return out;
}

/** A short name for an article in reports. */
export function releaseId(r: Release): string {
  const slug = r.url.replace(/\/$/, '').split('/').pop() ?? '';
  return `line ${r.line} (${slug.length > 48 ? `${slug.slice(0, 45)}...` : slug})`;
}

export function analyseRelease(analyzer: Analyzer, r: Release, override?: { title: string; text: string }): AnalysisDocument {
  return analyzer.analyze(
    { id: `state-dept:${r.line}`, text: override?.text ?? r.text, title: override?.title ?? r.title, url: r.url, origin: `state-dept:${r.line}` },
    { date: r.date },
  );
}

let cache: { analysed: Analysed[]; total: number; ms: number } | undefined;

/** The corpus analysed once and shared by the readout suites (one pass takes most of the eval's time). */
export function analysedCorpus(analyzer: Analyzer): { analysed: Analysed[]; total: number; ms: number } {
  if (cache) return cache;
  const releases = loadReleases();
  const t0 = performance.now();
  const analysed = releases.slice(0, releaseLimit()).map((release) => ({ release, out: analyseRelease(analyzer, release) }));
  cache = { analysed, total: releases.length, ms: performance.now() - t0 };
  return cache;
}
