import { actorsStage, mentionCandidatesStage } from '../actors/stages.js';
import { datesStage } from '../dates/stage.js';
import { eventsStage } from '../events/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { articleDateStage } from '../structure/article-date.js';
import { structureStage } from '../structure/stage.js';
import { sentencesStage } from '../text/stage.js';
import type { Stage } from './stage.js';

/**
 * The pipeline, in order: the one place stages are declared. Candidate
 * generators come first, refiners after; the runner checks the order against
 * each stage's requires/adds at start-up.
 */
export const DEFAULT_STAGES: readonly Stage[] = [
  structureStage,
  articleDateStage,
  sentencesStage,
  datesStage,
  mentionCandidatesStage,
  actorsStage,
  quotesStage,
  eventsStage,
];
