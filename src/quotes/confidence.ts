import type { QuoteShape } from './find-quotes.js';

/** How the speaker was found, from surest to least sure. */
export type SpeakerEvidence =
  | 'named' // a name or title mention is the cue's subject
  | 'pronoun' // a pronoun mention the actors stage resolved
  | 'pronoun-nearest' // a pronoun left unresolved, given the nearest person before it
  | 'organisation' // an organisation or government speaks
  | 'label' // a transcript or "Name:" label
  | 'continued' // the quote carries on the previous quote's speaker
  | 'clause-subject' // the subject of a clause a colon ends, with no speech verb
  | 'subject-without-entity' // the cue has a subject that names no entity ("Both sides")
  | 'none';

// A repaired boundary is a guess about where the words start or end.
const SHAPE: Record<QuoteShape | 'turn' | 'indirect', number> = {
  paired: 1,
  'multi-paragraph': 0.95,
  'missing-open': 0.8,
  'missing-close': 0.8,
  turn: 0.95,
  indirect: 0.85,
};

const SPEAKER: Record<SpeakerEvidence, number> = {
  named: 0.95,
  pronoun: 0.9,
  label: 0.9,
  organisation: 0.9,
  continued: 0.8,
  'clause-subject': 0.7,
  'pronoun-nearest': 0.6,
  'subject-without-entity': 0.6,
  none: 0.5,
};

/**
 * A quote's confidence: how sure its boundaries are times how sure its speaker
 * is, a little lower for a partial quote (a few marked words may be a term
 * rather than speech).
 */
export function quoteConfidence(shape: QuoteShape | 'turn' | 'indirect', evidence: SpeakerEvidence, partial: boolean): number {
  const value = SHAPE[shape] * SPEAKER[evidence] * (partial ? 0.9 : 1);
  return Math.round(value * 100) / 100;
}
