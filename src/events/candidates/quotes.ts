/**
 * Quotes as verbal events: inside a quote whose speaker is known, an
 * evaluative cue (cue-lexicon.ts) makes the speaker the source: "I highly
 * appreciate X" (speaker-verb) or "X is our main threat" (predicate-noun).
 * The speaker's own words about someone else; a cue with no actor to aim at
 * is no event.
 */
import type { Entity } from '../../doc/attributes.js';
import type { Quote } from '../../doc/layers.js';
import { findTarget } from '../clause.js';
import { codesOf, coordinatedLeft, entitiesOf } from '../coordination.js';
import { PREDICATING_VERBS, type QuoteCue } from '../cue-lexicon.js';
import type { Draft } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import { MODIFIER_POS, POSSESSIVE_PRONOUNS, RELATIVES } from '../words.js';

const FIRST_PERSON = new Set(['i', 'we']);
const MAX_QUOTE_SCORE = 0.75;

/** "I (highly) appreciate": a first-person subject right before the verb, adverbs between. */
function firstPersonSubject(view: SentenceView, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const t = view.tokens[k]!;
    if (FIRST_PERSON.has(t.normal)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false;
  }
  return false;
}

/** "X is our main threat", "X, which poses a threat": the actor list the noun is said of. */
function predicatedOf(view: SentenceView, noun: number): number[] {
  let k = noun - 1;
  while (k >= 0 && noun - k <= 5 && (MODIFIER_POS.has(view.tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(view.tokens[k]!.normal) || view.tokens[k]!.normal === 'not')) k--;
  if (k < 0 || !PREDICATING_VERBS.has(view.tokens[k]!.normal)) return [];
  k--;
  if (k >= 0 && RELATIVES.has(view.tokens[k]!.normal)) k--;
  if (k >= 0 && view.tokens[k]!.normal === ',') k--;
  const a = k >= 0 ? view.actorAt[k]! : -1;
  return a >= 0 && view.actors[a]!.last === k + 1 ? coordinatedLeft(view, a) : [];
}

export interface QuoteDraftInput {
  readonly view: SentenceView;
  readonly quotes: readonly Quote[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly cues: ReadonlyMap<string, QuoteCue>;
  readonly isActor: (entity: Entity) => boolean;
}

export function quoteDrafts({ view, quotes, entities, cues, isActor }: QuoteDraftInput): Draft[] {
  const out: Draft[] = [];
  for (const q of quotes) {
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    if (!speaker || !isActor(speaker)) continue;
    view.tokens.forEach((t, i) => {
      if (t.start < q.start || t.end > q.end) return;
      const cue = cues.get(t.normal);
      if (!cue) return;
      let tgt: number[] = [];
      if (cue.frame === 'speaker-verb' && t.pos === 'VERB' && firstPersonSubject(view, i)) tgt = findTarget(view, i + 1);
      else if (cue.frame === 'predicate-noun' && t.pos === 'NOUN') tgt = predicatedOf(view, i);
      const target = entitiesOf(view, tgt).filter((id) => id !== speaker.id);
      if (target.length === 0) return;
      out.push({
        kind: 'quote', view, trigger: { first: i, last: i + 1 }, code: cue.code, rule: `quote-${cue.frame}:${t.normal}`,
        score: Math.min(MAX_QUOTE_SCORE, q.confidence), source: [speaker.id], target,
        spans: tgt.map((k) => view.actors[k]!), indirect: tgt.some((k) => view.actors[k]!.indirect),
        reciprocal: false, modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, tgt),
      });
    });
  }
  return out;
}
