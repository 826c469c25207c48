/**
 * Verb events: the CAMEO verb dictionary's matches on tokens the tagger calls
 * verbs, with a subject from the clause (or the passive's "by" phrase) and a
 * target from the pattern's slot or the words after the verb. A match without
 * a source actor, or whose code PLOVER does not keep (01 statements), is no
 * event. Without a target, only the types whose verbs state the actor's own
 * act or stance stand alone (ALONE_TYPES: "rebels protested", "Iran threatened
 * to …", "Israel rejected the proposal"); acts done to someone (praise, aid,
 * attacks, meetings) need the someone, since the dictionary's default codes
 * are too loose to trust without one ("match" is a fight).
 */
import type { Codebooks, VerbMatch } from '../../codebooks/index.js';
import { findAgent, findSubject, findTarget, isPassive } from '../clause.js';
import { codesOf, entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import { ALONE_TYPES, ploverOf } from '../plover-map.js';
import type { SentenceView } from '../sentence-view.js';
import { isModalCue } from '../refiners/modality.js';

const MATCH_SCORE = 0.8;
const DEFAULT_SCORE = 0.65;
/** CAMEO roots of requests (02 appeals, 10 demands): their target may be the subject of a "that" clause. */
const REQUEST_ROOTS: ReadonlySet<string> = new Set(['02', '10']);
/**
 * Verbs the dictionary's patterns name but its verb lists lack: the DEMAND block has "- * EFFORTS [020] # URGE"
 * and a dozen more URGE patterns, but no URGE verb, so "urged" matches nothing. Coded by the block's appeal default.
 */
const MISSING_VERBS: ReadonlyMap<string, string> = new Map(['urge', 'urges', 'urged', 'urging'].map((w) => [w, '020']));

/** Protest verbs that mean "show" when they take an object ("demonstrated a willingness", "rallied support"). */
const INTRANSITIVE_PROTESTS: ReadonlySet<string> = new Set(['demonstrate', 'rally']);
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'NUM']);

/** Actors inside a pattern slot's token range. */
function actorsIn(view: SentenceView, start: number, end: number): number[] {
  const out = new Set<number>();
  for (let i = start; i < end; i++) if (view.actorAt[i]! >= 0) out.add(view.actorAt[i]!);
  return [...out];
}

function slotActors(view: SentenceView, place: VerbMatch['source']): number[] | null {
  return place.start !== undefined && place.end !== undefined ? actorsIn(view, place.start, place.end) : null;
}

/**
 * "Agreed to + verb" is an intent (CAMEO 03, PLOVER AGREE), whatever the verb's default says: the dictionary
 * gives bare AGREE 050 (diplomatic cooperation), meant for "agree with/on".
 */
function codeOf(view: SentenceView, m: VerbMatch): string {
  const intent = m.pattern === null && m.group === 'AGREE' && intentFollows(view, m);
  return intent ? '030' : m.code!;
}

/** "Agreed to + verb", "pledged to …": an intent follows the verb, which AGREE needs to stand without a recipient. */
/** Verbs that commit their subject to what follows ("agreed to hold", "pledged to send"); "is preparing to" commits no one. */
const COMMITMENT_VERBS = new Set(['agree', 'pledge', 'promise', 'vow', 'commit', 'offer', 'undertake', 'consent', 'decide', 'resolve']);

function intentFollows(view: SentenceView, m: VerbMatch): boolean {
  return COMMITMENT_VERBS.has(m.lemma) && view.tokens[m.end]?.normal === 'to' && view.tokens[m.end + 1]?.pos === 'VERB';
}

/** A default-coded protest verb with a direct object is no protest: "Washington has demonstrated a willingness". */
function showsRatherThanProtests(view: SentenceView, m: VerbMatch): boolean {
  return m.pattern === null && m.code!.startsWith('14') && INTRANSITIVE_PROTESTS.has(m.lemma) && OBJECT_POS.has(view.tokens[m.verb.end]?.pos ?? '');
}

/** Dictionary matches, and the missing verbs at tokens the dictionary left alone. */
function matchesOf(view: SentenceView, codebooks: Codebooks, isVerb: (i: number) => boolean): VerbMatch[] {
  const found = codebooks.matchVerbs(view.tokens, { isVerb: (_, i) => isVerb(i) });
  const taken = new Set(found.map((m) => m.verb.head));
  view.tokens.forEach((t, i) => {
    const code = MISSING_VERBS.get(t.normal);
    if (code === undefined || taken.has(i) || !isVerb(i)) return;
    found.push({
      verb: { start: i, end: i + 1, head: i }, group: 'URGE', lemma: 'urge', code, passive: null, pattern: null,
      start: i, end: i + 1, source: { side: 'before' }, target: { side: 'after' }, slots: [],
    });
  });
  return found;
}

export function verbDrafts(view: SentenceView, codebooks: Codebooks, skip: (view: SentenceView, token: number) => boolean): Draft[] {
  const out: Draft[] = [];
  // A verb before the sentence's first actor has no subject to its left: it is not even coded.
  const firstPossible = view.actors[0]?.last ?? view.tokens.length;
  const isVerb = (i: number) => i >= firstPossible && (view.tokens[i]!.pos === 'VERB' || view.tokens[i]!.pos === 'AUX') && view.actorAt[i]! < 0 && !skip(view, i);
  for (const m of matchesOf(view, codebooks, isVerb)) {
    if (m.code === null || isModalCue(view, m.verb.head) || showsRatherThanProtests(view, m)) continue;
    const code = codeOf(view, m);
    const plover = ploverOf(codebooks, code);
    if (!plover) continue;
    const passive = isPassive(view, m.verb.head);
    const subject = slotActors(view, m.source) ?? findSubject(view, m.verb.start);
    // After a pattern's words ("engage in dialogue") the target follows them: "… with Beijing"; else it is the
    // verb's object before them ("engaged Filipino peacekeepers in a firefight").
    const complement = REQUEST_ROOTS.has(code.slice(0, 2));
    const after = slotActors(view, m.target) ?? findTarget(view, m.end, { complement });
    const object = after.length > 0 || m.end <= m.verb.end ? after : findTarget(view, m.verb.end, { complement });
    const [src, tgt] = passive ? [findAgent(view, m.verb.end), subject] : [subject, object];
    if (src.length === 0) continue;
    const all = [...src, ...tgt];
    out.push({
      kind: 'verb', view, trigger: { first: m.verb.start, last: m.verb.end }, code,
      rule: m.pattern ? `verb-pattern:${m.group}:${m.pattern.line}` : `verb:${m.group}`,
      score: m.pattern ? MATCH_SCORE : DEFAULT_SCORE,
      source: entitiesOf(view, src), target: entitiesOf(view, tgt),
      spans: all.map((k) => view.actors[k]!),
      indirect: all.some((k) => view.actors[k]!.indirect),
      reciprocal: code.startsWith('04') && tgt.length === 0 && view.tokens[m.end]?.normal !== 'with',
      alone: tgt.length === 0 && ALONE_TYPES.has(plover.type) && (plover.type !== 'AGREE' || intentFollows(view, m)),
      modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, src, tgt),
    });
  }
  return out;
}
