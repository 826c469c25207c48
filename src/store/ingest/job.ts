import type { Analyzer } from '../../analyze.js';
import { describeError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/article.js';
import { toArticleRecord, type ArticleRecord, type ArticleSource } from '../record.js';

/** One article to analyse, as posted to a worker. */
export interface AnalysisJob {
  readonly id: number;
  readonly input: ArticleInput;
  readonly source: ArticleSource;
  readonly date: string | null;
}

export type AnalysisResult =
  | { readonly id: number; readonly record: ArticleRecord }
  | { readonly id: number; readonly error: { readonly code: string; readonly message: string } };

/** Analyses one article into the rows the store writes; a failure is a result, not a throw. */
export function runJob(analyzer: Analyzer, job: AnalysisJob): AnalysisResult {
  try {
    const doc = analyzer.analyze(job.input, { date: job.date });
    return { id: job.id, record: toArticleRecord(doc, job.source) };
  } catch (e) {
    return { id: job.id, error: describeError(e) };
  }
}
