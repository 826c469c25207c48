/** Attaché's library API: the same calls the CLI makes. */
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type AnalyzeOptions } from './analyze.js';
export { prepareDoc, contentId, type ArticleInput } from './ingest/article.js';
export { readJsonl, parseJsonlRecord, type JsonlItem } from './ingest/jsonl.js';
export { decodeText } from './ingest/decode.js';
export { extractHtml } from './ingest/html.js';
export { Doc } from './doc/doc.js';
export type { Annotation, Proposal } from './doc/annotation.js';
export type { Block, BlockKind, DateMention, DatePrecision, LayerMap, LayerName, Sentence, Token } from './doc/layers.js';
export type { ArticleDate, AttributeMap, DateSource } from './doc/attributes.js';
export type { DocMeta } from './doc/meta.js';
export { checkDoc, checkLayer, checkBounds, checkTexts, checkNoOverlap, type InvariantViolation } from './doc/invariants.js';
export { Pipeline, checkPipeline } from './pipeline/runner.js';
export { DEFAULT_STAGES } from './pipeline/stages.js';
export type { Stage, StageOutput, StageContext } from './pipeline/stage.js';
export { loadResources, type Resources } from './pipeline/resources.js';
export { SCHEMA_VERSION, toDocument, type AnalysisDocument, type ErrorRecord, type Warning } from './output/document.js';
export { analysisValidator, errorRecordValidator } from './output/validate.js';
export { AttacheError, ERROR_CODES, type ErrorCode } from './errors.js';
