/**
 * Verb events: the CAMEO verb dictionary's matches on tokens the tagger calls
 * verbs, with a subject from the clause (or the passive's "by" phrase) and a
 * target from the pattern's slot or the words after the verb. A match without
 * a source actor, or whose code PLOVER does not keep (01 statements, 02
 * appeals), is no event: precision before recall.
 */
import type { Codebooks, VerbMatch } from '../../codebooks/index.js';
import { findAgent, findSubject, findTarget, isPassive } from '../clause.js';
import { entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import { isModalCue } from '../refiners/modality.js';

const MATCH_SCORE = 0.8;
const DEFAULT_SCORE = 0.65;

/** Actors inside a pattern slot's token range. */
function actorsIn(view: SentenceView, start: number, end: number): number[] {
  const out = new Set<number>();
  for (let i = start; i < end; i++) if (view.actorAt[i]! >= 0) out.add(view.actorAt[i]!);
  return [...out];
}

function slotActors(view: SentenceView, place: VerbMatch['source']): number[] | null {
  return place.start !== undefined && place.end !== undefined ? actorsIn(view, place.start, place.end) : null;
}

export function verbDrafts(view: SentenceView, codebooks: Codebooks, skip: (view: SentenceView, token: number) => boolean): Draft[] {
  const out: Draft[] = [];
  // A verb before the sentence's first actor has no subject to its left: it is not even coded.
  const firstPossible = view.actors[0]?.last ?? view.tokens.length;
  const matches = codebooks.matchVerbs(view.tokens, {
    isVerb: (t, i) => i >= firstPossible && (view.tokens[i]!.pos === 'VERB' || view.tokens[i]!.pos === 'AUX') && view.actorAt[i]! < 0 && !skip(view, i),
  });
  for (const m of matches) {
    if (m.code === null || !codebooks.plover(m.code) || isModalCue(view, m.verb.head)) continue;
    const passive = isPassive(view, m.verb.head);
    const subject = slotActors(view, m.source) ?? findSubject(view, m.verb.start);
    // After a pattern's words ("engage in dialogue") the target follows them: "… with Beijing".
    const object = slotActors(view, m.target) ?? findTarget(view, m.end);
    const [src, tgt] = passive ? [findAgent(view, m.verb.end), subject] : [subject, object];
    if (src.length === 0) continue;
    const all = [...src, ...tgt];
    out.push({
      kind: 'verb', view, trigger: { first: m.verb.start, last: m.verb.end }, code: m.code,
      rule: m.pattern ? `verb-pattern:${m.group}:${m.pattern.line}` : `verb:${m.group}`,
      score: m.pattern ? MATCH_SCORE : DEFAULT_SCORE,
      source: entitiesOf(view, src), target: entitiesOf(view, tgt),
      spans: all.map((k) => view.actors[k]!),
      indirect: all.some((k) => view.actors[k]!.indirect),
      reciprocal: m.code.startsWith('04') && tgt.length === 0 && view.tokens[m.end]?.normal !== 'with',
      modality: 'asserted', date: null, place: null,
    });
  }
  return out;
}
