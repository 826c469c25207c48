/** CAMEO and PLOVER codebooks: code tables, the verb-pattern matcher and event nouns. */
export { loadCodebooks, defaultCodebooks, type Codebooks } from './load.js';
export { quadOfRoot, type CameoCode, type PloverCoding, type Quad } from './cameo-codes.js';
export { MAX_WINDOW, type VerbMatch, type VerbMatchOptions, type SlotPlace } from './verb-matcher.js';
export { MAX_GAP, MAX_SLOT } from './pattern-elements.js';
export { simpleTokens, type MatchToken } from './tokens.js';
export { regularVerbForms, regularPlural } from './inflect.js';
export type { EventNounEntry, EventNounMatch } from './event-nouns.js';
export type { SlotRole, CompiledPloverType } from './compiled.js';
