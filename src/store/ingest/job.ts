import type { Analyzer } from '../../analyze.js';
import { describeError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/article.js';
import type { AnalysisDocument } from '../../output/document.js';
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

/** One article to analyse into its analysis document, stored nowhere (the HTTP API's /analyze and /check). */
export interface DocumentJob {
  readonly id: number;
  readonly document: true;
  readonly input: ArticleInput;
}

export type DocumentResult =
  | { readonly id: number; readonly doc: AnalysisDocument }
  | { readonly id: number; readonly error: { readonly code: string; readonly message: string } };

/** Analyses one article into its document; a failure (an empty text, a page without one) is a result, not a throw. */
export function runDocumentJob(analyzer: Analyzer, job: DocumentJob): DocumentResult {
  try {
    return { id: job.id, doc: analyzer.analyze(job.input) };
  } catch (e) {
    return { id: job.id, error: describeError(e) };
  }
}
