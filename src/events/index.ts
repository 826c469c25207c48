/** Events: candidate generators, refiners and the pipeline stage. */
export { eventsStage, findEvents } from './stage.js';
export { quoteCueIndex, type QuoteCue, type CueFrame } from './cue-lexicon.js';
export { sharedCode } from './refiners/sides.js';
