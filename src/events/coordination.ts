/**
 * Coordinated actors: "Blinken and Sullivan", "Yang Jiechi, a member of …,
 * and Wang Yi". A list is a set of actor indices; it never reaches past a
 * clause end and holds at most MAX_MEMBERS.
 */
import type { SentenceView } from './sentence-view.js';
import { CLAUSE_ENDS, CONJUNCTIONS } from './words.js';

export const MAX_MEMBERS = 8;
/** Longest apposition skipped inside a list (", a member of the … in charge of foreign affairs,"). */
const MAX_APPOSITION = 25;

const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/** Is actor `a` a place right after a comma at `comma` that follows another place ("Toronto, Canada")? */
function placePair(view: SentenceView, comma: number, a: number): boolean {
  const prev = comma > 0 ? view.actorAt[comma - 1]! : -1;
  return prev >= 0 && PLACE_TYPES.has(view.actors[prev]!.type) && PLACE_TYPES.has(view.actors[a]!.type);
}

/** The list that ends with actor `a`, scanning left over "and", "or" and commas. */
export function coordinatedLeft(view: SentenceView, a: number): number[] {
  const list = [a];
  let at = view.actors[a]!.first - 1;
  while (list.length < MAX_MEMBERS && at > 0) {
    // A determiner opening a member ("Israel and *the* Palestinians") belongs to it, not to the link.
    if (view.tokens[at]!.normal === 'the' && CONJUNCTIONS.has(view.tokens[at - 1]?.normal ?? '')) at--;
    const w = view.tokens[at]!.normal;
    if (!CONJUNCTIONS.has(w) && w !== ',') break;
    // A list ends in a conjunction ("A, B and C"); a bare comma before the last actor sets off an apposition:
    // "the US commander in Iraq, General David Petraeus, held talks" is Petraeus alone. Two places so joined
    // are one place named twice ("from Toronto, Canada", "in Randolph, New Hampshire"), kept together so that
    // the preposition before the first still governs both.
    if (list.length === 1 && w === ',' && !placePair(view, at, a)) break;
    let k = at - 1;
    if (CONJUNCTIONS.has(w) && view.tokens[k]?.normal === ',') k--;
    const prev = k >= 0 ? view.actorAt[k]! : -1;
    if (prev < 0 || view.actors[prev]!.last !== k + 1) break;
    list.unshift(prev);
    at = view.actors[prev]!.first - 1;
  }
  return list;
}

/** Does a verb follow the actor starting at `first` (auxiliaries and adverbs between allowed)? Then it is a clause's subject. */
export function verbFollows(view: SentenceView, first: number): boolean {
  const a = view.actorAt[first]!;
  let k = a >= 0 ? view.actors[a]!.last : first + 1;
  while (k < view.tokens.length && (view.tokens[k]!.pos === 'AUX' || view.tokens[k]!.pos === 'ADV')) k++;
  return view.tokens[k]?.pos === 'VERB' || (k > (a >= 0 ? view.actors[a]!.last : first + 1) && view.tokens[k - 1]!.pos === 'AUX');
}

/** The list that starts with actor `a`, scanning right, skipping appositions after a comma. */
export function coordinatedRight(view: SentenceView, a: number): number[] {
  const list = [a];
  const { tokens, actorAt, actors } = view;
  let pos = actors[a]!.last;
  // Members joined by a bare comma since the last conjunction: a list ends in a conjunction ("A, B and C").
  let loose = 0;
  while (list.length < MAX_MEMBERS && pos < tokens.length) {
    let p = pos;
    const comma = tokens[p]!.normal === ',';
    if (comma) p++;
    const conj = p < tokens.length && CONJUNCTIONS.has(tokens[p]!.normal);
    if (conj) p++;
    // "with Israel and *the* Palestinians": the determiner opens the next member.
    if (conj && tokens[p]?.normal === 'the' && actorAt[p + 1] !== undefined && actorAt[p + 1]! >= 0 && actors[actorAt[p + 1]!]!.first === p + 1) p++;
    if (!comma && !conj) break;
    const next = p < tokens.length ? actorAt[p]! : -1;
    // ", Reuters reports", ", the ministry said": a name after a bare comma with a verb of its own opens a clause.
    if (next >= 0 && actors[next]!.first === p && comma && !conj && verbFollows(view, p)) break;
    if (next >= 0 && actors[next]!.first === p) {
      loose = conj || placePair(view, p - 1, next) ? 0 : loose + 1;
      list.push(next);
      pos = actors[next]!.last;
      continue;
    }
    // ", a member of …," — an apposition describes the last member; skip to the comma that closes it.
    if (!comma || conj || p >= tokens.length || !['DET', 'NOUN', 'ADJ'].includes(tokens[p]!.pos)) break;
    let q = p;
    while (q < tokens.length && q - p < MAX_APPOSITION && tokens[q]!.normal !== ',' && !CLAUSE_ENDS.has(tokens[q]!.normal)) q++;
    if (tokens[q]?.normal !== ',') break;
    pos = q;
  }
  // "Islamic State militants, Reuters reports": what follows a bare comma with no conjunction after it is no member,
  // unless a comma closes it as an apposition that renames the member before ("the Crown Prince of Abu Dhabi,
  // Sheikh Mohammed bin Zayed, in Rabat").
  const closed = tokens[actors[list[list.length - 1]!]!.last]?.normal === ',';
  return loose > 0 && !closed ? list.slice(0, list.length - loose) : list;
}

/** Entity ids of a list of actors, each once, in order. */
export function entitiesOf(view: SentenceView, list: readonly number[]): string[] {
  return [...new Set(list.flatMap((k) => view.actors[k]!.entities))];
}

/** The codes the actors of these lists carry beyond their entities' own (ActorSpan.codes), or undefined when none do. */
export function codesOf(view: SentenceView, ...lists: readonly (readonly number[])[]): Map<string, readonly string[]> | undefined {
  let out: Map<string, readonly string[]> | undefined;
  for (const list of lists) {
    for (const k of list) {
      for (const [id, codes] of view.actors[k]!.codes ?? []) (out ??= new Map()).set(id, [...new Set([...(out.get(id) ?? []), ...codes])]);
    }
  }
  return out;
}
