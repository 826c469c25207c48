/**
 * A sentence as the event generators read it: its tokens (with a lower-case
 * normal form and the tagger's part of speech) and the actor spans in it,
 * indexed by token so that every clause walk is linear.
 */
import type { EntityType, Mention, MentionKind, Token } from '../doc/layers.js';
import type { MatchToken } from '../codebooks/index.js';
import { firstStartingAt, lowerBound } from '../util/sorted.js';
import { tokenLowers, tokenSurfaces } from '../doc/token-text.js';

export interface ViewToken extends MatchToken {
  readonly pos: string;
}

/** An actor in the sentence: a mention (with its title words) standing for one or more entities. */
export interface ActorSpan {
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** Character range, title words included. */
  readonly start: number;
  readonly end: number;
  readonly entities: readonly string[];
  readonly type: EntityType;
  /** How the mention named its entity: a demonym span ("Palestinian officials") or an agent ("police") is read differently. */
  readonly kind: MentionKind;
  /**
   * CAMEO codes the sentence gives an entity beyond its own, by entity id: a generic agent qualified by a
   * country word before it ("a Tunisian court" → TUNJUD, "US and British activists" → USAOPP, GBROPP).
   */
  readonly codes?: ReadonlyMap<string, readonly string[]>;
  /** Reached through a pronoun or a plural role ("the two foreign ministers"), not a name. */
  readonly indirect: boolean;
  /** A possessive pronoun or a name followed by ’s: an owner, not a doer. */
  readonly possessive: boolean;
}

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly ViewToken[];
  readonly actors: readonly ActorSpan[];
  /** Token index → index into `actors`, or -1. */
  readonly actorAt: Int32Array;
}

/** What becomes of a mention: the entities it stands for, or null when it is no actor of events. */
export type ActorResolver = (mention: Mention) => { readonly entities: readonly string[]; readonly indirect: boolean } | null;

export function normalOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

export function viewTokens(tokens: readonly Token[], text: string, start: number, end: number): ViewToken[] {
  const out: ViewToken[] = [];
  // The tokens' words are sliced and lower-cased once per article (token-text), not once per sentence view.
  const surfaces = tokenSurfaces(tokens, text);
  const lowers = tokenLowers(tokens, text);
  for (let i = firstStartingAt(tokens, start); i < tokens.length && tokens[i]!.end <= end; i++) {
    const t = tokens[i]!;
    const lower = lowers[i]!;
    out.push({ text: surfaces[i]!, normal: lower.includes('’') ? lower.replaceAll('’', "'") : lower, start: t.start, end: t.end, pos: t.pos });
  }
  return out;
}

/**
 * Actor spans of one sentence from its mentions (sorted by start). Where spans
 * overlap ("White House" inside Sullivan's title, "Biden" inside "Biden
 * administration") the longer wins; a token mask keeps this linear.
 */
export function actorSpans(tokens: readonly ViewToken[], mentions: readonly Mention[], resolve: ActorResolver): { actors: ActorSpan[]; actorAt: Int32Array } {
  const drafts: ActorSpan[] = [];
  for (const m of mentions) {
    const who = resolve(m);
    if (!who) continue;
    const start = m.title ? Math.min(m.title.start, m.start) : m.start;
    const end = m.title ? Math.max(m.title.end, m.end) : m.end;
    const first = lowerBound(tokens, start, (t) => t.start);
    const last = lowerBound(tokens, end + 1, (t) => t.end);
    if (first >= last) continue;
    const next = tokens[last]?.normal;
    const possessive = (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(normalOf(m.text))) || next === "'s" || next === "'";
    drafts.push({ first, last, start, end, entities: who.entities, type: m.type, kind: m.kind, indirect: who.indirect, possessive });
  }
  drafts.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  // owner[i]: index in `kept` of the span that took token i, or -1.
  const owner = new Int32Array(tokens.length).fill(-1);
  const kept: ActorSpan[] = [];
  for (const d of drafts) {
    let clash = -1;
    for (let i = d.first; i < d.last && clash < 0; i++) clash = owner[i]!;
    if (clash < 0) {
      for (let i = d.first; i < d.last; i++) owner[i] = kept.length;
      kept.push(d);
      continue;
    }
    // A shorter mention sticking out of a longer one ("White House" before the title "House National Security
    // Adviser") belongs to it: the longer span grows to cover it, so no stray word splits a list.
    const k = kept[clash]!;
    if (d.first < k.first || d.last > k.last) {
      const grown = { ...k, first: Math.min(k.first, d.first), last: Math.max(k.last, d.last), start: Math.min(k.start, d.start), end: Math.max(k.end, d.end) };
      for (let i = grown.first; i < grown.last; i++) if (owner[i]! < 0) owner[i] = clash;
      kept[clash] = grown;
    }
  }
  kept.sort((a, b) => a.first - b.first);
  return { actors: kept, actorAt: indexActors(tokens.length, kept) };
}

/** Token index → actor index (-1 for none), for spans in order that do not overlap. */
export function indexActors(tokenCount: number, actors: readonly ActorSpan[]): Int32Array {
  const actorAt = new Int32Array(tokenCount).fill(-1);
  actors.forEach((a, k) => {
    for (let i = a.first; i < a.last; i++) actorAt[i] = k;
  });
  return actorAt;
}
