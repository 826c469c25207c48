/** Dates: chrono-node with Attaché's parsers and refiners, resolved against the article's date. */
export { findDates, type TextSpan } from './find-dates.js';
export { datesStage } from './stage.js';
export { createDateChrono } from './configuration.js';
export { resolveResult, ruleOf, type ResolvedDate } from './resolve.js';
