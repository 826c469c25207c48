export { quotesStage } from './stage.js';
export { collectQuotes, type QuotesInput } from './collect.js';
export { findQuoteSpans, type FindQuotesOptions, type Paragraph, type QuoteShape, type QuoteSpan } from './find-quotes.js';
export { findCues, type Cue, type CueToken } from './cues.js';
export { QUOTE_MARKS, type MarkInfo } from './marks.js';
