import { prepareDoc, type ArticleInput } from './ingest/article.js';
import { loadResources, type Resources } from './pipeline/resources.js';
import { Pipeline } from './pipeline/runner.js';
import type { Stage } from './pipeline/stage.js';
import { DEFAULT_STAGES } from './pipeline/stages.js';
import { toDocument, type AnalysisDocument, type Warning } from './output/document.js';
import type { Doc } from './doc/doc.js';

export interface AnalyzerOptions {
  /** Stages to run; the default pipeline when absent. */
  readonly stages?: readonly Stage[];
  /** Shared resources; loaded once per analyzer when absent. */
  readonly resources?: Resources;
  /** The clock the pipeline's stage times are read from (ms); performance.now when absent. */
  readonly clock?: () => number;
}

export interface AnalyzeOptions {
  /** The article's date (YYYY-MM-DD); wins over every date the input carries. */
  readonly date?: string | null;
  /** Include the tokens layer in the output. */
  readonly tokens?: boolean;
}

export interface Analyzer {
  readonly pipeline: Pipeline;
  readonly resources: Resources;
  /** The analysed Doc, for callers that want the layers themselves. */
  analyzeDoc(input: ArticleInput, options?: AnalyzeOptions): { doc: Doc; warnings: Warning[] };
  /** The analysis document: the one library call behind the CLI, the API and the UI. */
  analyze(input: ArticleInput, options?: AnalyzeOptions): AnalysisDocument;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const resources = options.resources ?? loadResources();
  const pipeline = new Pipeline(options.stages ?? DEFAULT_STAGES, { resources }, options.clock ? { clock: options.clock } : {});
  const analyzeDoc = (input: ArticleInput, opts: AnalyzeOptions = {}) => {
    const prepared = prepareDoc(input, { date: opts.date ?? null });
    const doc = pipeline.run(prepared.doc);
    const warnings: Warning[] = prepared.warnings.map((message) => ({ code: 'W_INPUT', message }));
    if (!doc.attribute('articleDate')) {
      warnings.push({ code: 'W_NO_DATE', message: 'the article has no date (no --date, date field, page metadata or dateline): relative dates are left unresolved, and names are checked against no office' });
    }
    return { doc, warnings };
  };
  return {
    pipeline,
    resources,
    analyzeDoc,
    analyze(input, opts = {}) {
      const { doc, warnings } = analyzeDoc(input, opts);
      return toDocument(doc, warnings, { tokens: opts.tokens ?? false });
    },
  };
}

