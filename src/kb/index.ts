/** The knowledge base's public API: open it once, hold the instance, query it. */
export { openKnowledgeBase, userKbPath, type OpenOptions } from './open.js';
export { KnowledgeBase, type HoldersQuery, type PersonReport } from './knowledge-base.js';
export type { SearchOptions } from './search.js';
export type { ResolveOptions } from './resolve.js';
export type * from './model.js';
export { normalizeName, nameTokens, osaDistance, similarity } from './normalize.js';
export { classifyTitle, kindOfQueryTitle, TITLE_KINDS } from './post-kinds.js';
export { splitCameo, cameoOfOffice } from './cameo.js';
export { parsePartialDate, termCovers, lowerBound, upperBound } from './dates.js';
export { parsePhoenix, type PhoenixEntry, type PhoenixProblem } from './phoenix/parse.js';
export { parsePhoenixDate, parseCodeSpan } from './phoenix/dates.js';
export { loadJapaneseReader, japaneseSpellingVariants, type JapaneseReader } from './readings/japanese.js';
export { pinyinName, wadeGilesName } from './readings/chinese.js';
export { koreanFamilySpellings, koreanGivenSpellings, revisedRomanization } from './readings/korean.js';
export { cyrillicSpellings } from './readings/cyrillic.js';
