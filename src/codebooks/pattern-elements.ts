/**
 * Verb patterns flattened for matching: every element of a pattern side
 * becomes a run of adjacent items (words or synonym-set phrases) or an actor
 * slot, with the number of other tokens allowed before it. A prepositional
 * phrase is its preposition followed by its objects. The side before the verb
 * is stored nearest-first (reversed), so both sides are matched reading away
 * from the verb.
 */
import type { PatternElement, SlotRole, WordItem } from './compiled.js';
import { regularPlural } from './inflect.js';

/** Other tokens allowed between the verb and an element, or between two elements ("froze [all diplomatic] relations"). */
export const MAX_GAP = 3;
/** Tokens an actor slot ($, +, ^, %) may cover. */
export const MAX_SLOT = 8;

/** Phrases of a synonym set, indexed by their first word (in the reading direction). */
export interface PhraseSet {
  readonly name: string;
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export type Item =
  | { readonly kind: 'word'; readonly alts: ReadonlySet<string> }
  | { readonly kind: 'syn'; readonly set: PhraseSet };

export type FlatElement =
  | { readonly kind: 'words'; readonly items: readonly Item[]; readonly gap: number }
  | { readonly kind: 'slot'; readonly role: SlotRole; readonly gap: 0 };

export interface Synsets {
  readonly forward: ReadonlyMap<string, PhraseSet>;
  readonly reversed: ReadonlyMap<string, PhraseSet>;
}

function phraseSet(name: string, phrases: readonly string[], reverse: boolean): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    if (reverse) words.reverse();
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  return { name, byFirst };
}

export function indexSynsets(synsets: Readonly<Record<string, readonly string[]>>): Synsets {
  const entries = Object.entries(synsets);
  return {
    forward: new Map(entries.map(([n, p]) => [n, phraseSet(n, p, false)])),
    reversed: new Map(entries.map(([n, p]) => [n, phraseSet(n, p, true)])),
  };
}

/** A pattern word and, unless it is a preposition, its regular plural ("asset" also finds "assets"). */
function wordItem(alts: readonly string[], withPlural: boolean): Item {
  const all = new Set(alts);
  if (withPlural) for (const a of alts) {
    const p = regularPlural(a);
    if (p) all.add(p);
  }
  return { kind: 'word', alts: all };
}

/** Items of a run of adjacent words: only the last (the head noun) takes a plural. */
function runItems(items: readonly WordItem[], syn: ReadonlyMap<string, PhraseSet>): Item[] {
  return items.map((it, k) => ('syn' in it ? { kind: 'syn', set: syn.get(it.syn)! } : wordItem(it.w, k === items.length - 1)));
}

function flattenOne(el: PatternElement, syn: ReadonlyMap<string, PhraseSet>, out: FlatElement[][]): void {
  if ('slot' in el) out.push([{ kind: 'slot', role: el.slot, gap: 0 }]);
  else if ('w' in el) out.push([{ kind: 'words', items: [wordItem(el.w, true)], gap: MAX_GAP }]);
  else if ('syn' in el) out.push([{ kind: 'words', items: [{ kind: 'syn', set: syn.get(el.syn)! }], gap: MAX_GAP }]);
  else if ('seq' in el) out.push([{ kind: 'words', items: runItems(el.seq, syn), gap: MAX_GAP }]);
  else {
    // A prepositional phrase keeps its words together: preposition first, objects after it.
    const parts: FlatElement[][] = [[{ kind: 'words', items: [wordItem(el.prep, false)], gap: MAX_GAP }]];
    for (const o of el.obj) flattenOne(o, syn, parts);
    out.push(parts.flat());
  }
}

/** An element right after a slot starts where the slot ends: the slot takes the tokens between. */
function closeGapsAfterSlots(els: FlatElement[]): FlatElement[] {
  return els.map((e, k) => (k > 0 && els[k - 1]!.kind === 'slot' && e.kind === 'words' ? { ...e, gap: 0 } : e));
}

/** The side after the verb, in reading order. */
export function flattenAfter(els: readonly PatternElement[], synsets: Synsets): FlatElement[] {
  const out: FlatElement[][] = [];
  for (const el of els) flattenOne(el, synsets.forward, out);
  return closeGapsAfterSlots(out.flat());
}

/** The side before the verb, nearest the verb first, each run of words reversed. */
export function flattenBefore(els: readonly PatternElement[], synsets: Synsets): FlatElement[] {
  const out: FlatElement[][] = [];
  for (const el of els) flattenOne(el, synsets.reversed, out);
  const reversed = out.flat().reverse().map((e): FlatElement => (e.kind === 'words' ? { ...e, items: [...e.items].reverse() } : e));
  return closeGapsAfterSlots(reversed);
}

/** Words that can open the first run of words: the pattern cannot match unless one of them is near the verb. */
export function anchorWords(els: readonly FlatElement[]): string[] | undefined {
  const first = els.find((e): e is Extract<FlatElement, { kind: 'words' }> => e.kind === 'words');
  const item = first?.items[0];
  if (!item) return undefined;
  return item.kind === 'word' ? [...item.alts] : [...item.set.byFirst.keys()];
}
