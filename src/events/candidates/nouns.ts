/**
 * Event nouns ("talks", "visit", "meeting", "phone call"): an event when an
 * actor owns it ("his visit") or is the clause's subject ("held talks") and
 * another actor is named after it ("talks with Beijing"), or the owners are
 * several parties that met (reciprocal), or it is a protest, which needs no
 * recipient ("staged a protest"). A noun framed by "during", "on",
 * "at" … sets the scene of another event ("meets … during a visit to Tokyo")
 * and is no event of its own; the place refiner reads it. So is a noun that is
 * another noun's topic ("support for the protests", "calls for talks").
 */
import type { Codebooks } from '../../codebooks/index.js';
import { findSubject, findTarget, governorOf } from '../clause.js';
import { codesOf, coordinatedLeft, entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import { ploverOf } from '../plover-map.js';
import type { SentenceView } from '../sentence-view.js';
import { FRAME_PREPOSITIONS } from '../words.js';

const NOUN_SCORE = 0.6;

/** Is the noun at `first` framed by a scene-setting preposition? */
/** Nouns that may stand before an event noun as part of its phrase ("a *surprise* visit", "a *state* visit"). */
function nounModified(view: SentenceView, first: number): number {
  let k = first;
  while (k > 0 && first - k < 3 && view.tokens[k - 1]!.pos === 'NOUN' && view.actorAt[k - 1]! < 0) k--;
  return k;
}

export function isFramed(view: SentenceView, first: number): boolean {
  let g = governorOf(view, nounModified(view, first));
  // Through a measure or part before "of": "despite *hours of* negotiations", "during *a round of* talks".
  if (g >= 1 && view.tokens[g]!.normal === 'of' && ['NOUN', 'NUM'].includes(view.tokens[g - 1]!.pos)) g = governorOf(view, g - 1);
  if (g < 0) return false;
  // A noun's topic: "tweeted *support for* the protests", "*calls for* talks", "*plans for* a visit" are about the
  // event, not the event; "arrived in Paris for talks" (after a place) is the trip's purpose, kept.
  if (view.tokens[g]!.normal === 'for') return g >= 1 && view.tokens[g - 1]!.pos === 'NOUN' && view.actorAt[g - 1]! < 0;
  return FRAME_PREPOSITIONS.has(view.tokens[g]!.normal);
}

/** The owner right before the noun: "his trip", "Biden's visit". */
function owner(view: SentenceView, first: number): number[] {
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    const a = view.actorAt[k]!;
    if (a >= 0) return view.actors[a]!.possessive ? coordinatedLeft(view, a) : [];
    if (!['ADJ', 'NUM'].includes(view.tokens[k]!.pos) && view.tokens[k]!.normal !== "'s") return [];
  }
  return [];
}

export function nounDrafts(view: SentenceView, codebooks: Codebooks): Draft[] {
  const out: Draft[] = [];
  for (const n of codebooks.matchEventNouns(view.tokens)) {
    const head = view.tokens[n.end - 1]!;
    if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || view.actorAt[n.start]! >= 0 || isFramed(view, n.start)) continue;
    const plover = ploverOf(codebooks, n.entry.code);
    if (!plover) continue;
    const own = owner(view, n.start);
    const src = own.length > 0 ? own : findSubject(view, n.start);
    if (src.length === 0) continue;
    const tgt = findTarget(view, n.end, { direct: false });
    const all = [...src, ...tgt];
    out.push({
      kind: 'noun', view, trigger: { first: n.start, last: n.end }, code: n.entry.code, rule: `event-noun:${n.entry.noun}`,
      score: NOUN_SCORE, source: entitiesOf(view, src), target: entitiesOf(view, tgt),
      spans: all.map((k) => view.actors[k]!), indirect: all.some((k) => view.actors[k]!.indirect),
      reciprocal: n.entry.code.startsWith('04') && tgt.length === 0 && view.tokens[n.end]?.normal !== 'with',
      // Of the nouns, only a protest stands alone: "X is a threat" or "an agreement" says no one acted.
      alone: tgt.length === 0 && plover.type === 'PROTEST',
      modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, src, tgt),
    });
  }
  return out;
}
