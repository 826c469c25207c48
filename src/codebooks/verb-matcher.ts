/**
 * Finds the dictionary's verbs in a tokenised sentence and codes each with the
 * most specific pattern that matches around it, else its default code.
 *
 * Everything is indexed when the dictionary loads: verb forms by their verb
 * word, each group's patterns by an anchor word that must appear near the verb.
 * Per verb occurrence only the patterns whose anchor is in the window (at most
 * MAX_WINDOW tokens each side) are tried, each in bounded time, so a sentence
 * costs time linear in its length.
 */
import type { CompiledPattern, CompiledVerbDictionary, SlotRole } from './compiled.js';
import { anchorWords, flattenAfter, flattenBefore, indexSynsets, type FlatElement } from './pattern-elements.js';
import { matchSide, slotSpans, type SideMatch } from './sequence-match.js';
import type { MatchToken } from './tokens.js';

/** Tokens looked at on each side of the verb. */
export const MAX_WINDOW = 12;

/** Tokens that end the window: a pattern does not reach across a clause end. */
const BOUNDARIES: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '"', '“', '”', '(', ')']);

/**
 * Beginnings of English words whose "re" is not "again" although the rest is a dictionary verb form: "reform" is
 * no forming, "resent" no sending, "reclaim" no claim, "recount" tells, "relocate", "revisit", "reside", "recover",
 * "reserve", "resort", "retire" … (checked against the words of the shared corpora that the rule would read).
 */
const NOT_REPEATED: readonly string[] = [
  'really', 'reform', 'refin', 'relay', 'recharg', 'repos', 'resound', 'refund', 'recit', 'relent', 'recollect', 'reclaim',
  'resent', 'rebound', 'recount', 'reproduc', 'relocat', 'revisit', 'redoubt', 'resid', 'recover', 'reserv', 'resort', 'retir',
  'repress', 'resign', 'reveal', 'remark', 'regard', 'relat', 'retreat', 'reward', 'respect', 'represent', 'reflect',
];

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);

const AMOUNTS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'half']);
const UNITS: ReadonlySet<string> = new Set([
  'hour', 'hours', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'percent', '%', 'per cent',
]);

/**
 * Tokens of a time or measure adverbial at k ("on Friday", "last Sunday", "Friday", "today", "by one hour",
 * "by 10 percent"), else 0.
 */
function timeWordsAt(normals: readonly string[], k: number): number {
  const w = normals[k]!;
  if (WEEKDAYS.has(w) || DAY_WORDS.has(w)) return 1;
  if ((w === 'on' || w === 'last' || w === 'next' || w === 'this') && WEEKDAYS.has(normals[k + 1] ?? '')) return 2;
  const n = normals[k + 1] ?? '';
  if (w === 'by' && (AMOUNTS.has(n) || /^\d+([.,]\d+)?$/.test(n)) && UNITS.has(normals[k + 2] ?? '')) return 3;
  return 0;
}

/** Where an actor slot of the pattern fell: a token range, or only the side of the verb it lies on. */
export interface SlotPlace {
  readonly side: 'before' | 'after';
  /** Token range [start, end) when the pattern places the slot explicitly ($ or +). */
  readonly start?: number;
  readonly end?: number;
}

export interface VerbMatch {
  /** The verb's tokens [start, end) (more than one for "stir up"), and the verb word's index. */
  readonly verb: { readonly start: number; readonly end: number; readonly head: number };
  readonly group: string;
  /** Primary form of the dictionary verb that matched ("meet", "+stir up"). */
  readonly lemma: string;
  /** CAMEO code; null when a `[---]` pattern says the phrase is no event (passive may still be set). */
  readonly code: string | null;
  /** PETRARCH2's "passive" code, the second of `[xxx:yyy]`. */
  readonly passive: string | null;
  /** The pattern that decided the code, or null where the verb's default code applies. */
  readonly pattern: { readonly text: string; readonly line: number } | null;
  /** Tokens the verb and pattern cover, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly source: SlotPlace;
  readonly target: SlotPlace;
  /** Every slot the pattern placed ($ source, + target, ^ skip, % compound). */
  readonly slots: readonly { readonly role: SlotRole; readonly start: number; readonly end: number }[];
}

export interface VerbMatchOptions {
  /** Which tokens may be verbs (e.g. from a part-of-speech tagger); default every token. */
  readonly isVerb?: (token: MatchToken, index: number) => boolean;
}

interface VerbForm {
  readonly lemma: string;
  readonly group: number;
  readonly code: string | null;
  readonly passive: string | null;
  /** Codes nothing without a pattern (CompiledVerb.noDefault). */
  readonly noDefault: boolean;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

interface RuntimePattern {
  readonly id: number;
  readonly source: CompiledPattern;
  readonly before: readonly FlatElement[];
  readonly after: readonly FlatElement[];
}

interface GroupIndex {
  readonly name: string;
  readonly code: string | null;
  readonly passive: string | null;
  readonly byAfterAnchor: ReadonlyMap<string, readonly RuntimePattern[]>;
  readonly byBeforeAnchor: ReadonlyMap<string, readonly RuntimePattern[]>;
  readonly unanchored: readonly RuntimePattern[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Candidate {
  readonly pattern: RuntimePattern;
  readonly before: SideMatch;
  readonly after: SideMatch;
}

export class VerbMatcher {
  private readonly forms = new Map<string, VerbForm[]>();
  private readonly groups: GroupIndex[] = [];
  readonly patternCount: number;

  constructor(dict: CompiledVerbDictionary) {
    const synsets = indexSynsets(dict.synsets);
    const groupNo = new Map(dict.groups.map((g, i) => [g.name, i]));
    const after = dict.groups.map(() => new Map<string, RuntimePattern[]>());
    const before = dict.groups.map(() => new Map<string, RuntimePattern[]>());
    const unanchored = dict.groups.map((): RuntimePattern[] => []);
    dict.patterns.forEach((p, id) => {
      const g = groupNo.get(p.group);
      if (g === undefined) return;
      const rp: RuntimePattern = { id, source: p, before: flattenBefore(p.before, synsets), after: flattenAfter(p.after, synsets) };
      const a = anchorWords(rp.after);
      const b = a ? undefined : anchorWords(rp.before);
      if (a) for (const w of a) push(after[g]!, w, rp);
      else if (b) for (const w of b) push(before[g]!, w, rp);
      else unanchored[g]!.push(rp);
    });
    dict.groups.forEach((g, i) => this.groups.push({
      name: g.name, code: g.code, passive: g.passive,
      byAfterAnchor: after[i]!, byBeforeAnchor: before[i]!, unanchored: unanchored[i]!,
    }));
    this.patternCount = dict.patterns.length;
    for (const v of dict.verbs) {
      const g = groupNo.get(v.group);
      if (g === undefined) continue;
      for (const form of v.forms) {
        const words = form.split(' ');
        const head = words.length === 1 ? 0 : Math.max(0, words.findIndex((w) => w.startsWith('+')));
        const clean = words.map((w) => w.replace(/^\+/, ''));
        push(this.forms, clean[head]!, {
          lemma: v.lemma, group: g, code: v.code, passive: v.passive, noDefault: v.noDefault === true,
          before: clean.slice(0, head), after: clean.slice(head + 1),
        });
      }
    }
    // Multiword forms first: PETRARCH tries "stir up" before "stir".
    for (const list of this.forms.values()) list.sort((x, y) => y.before.length + y.after.length - (x.before.length + x.after.length));
  }

  /**
   * A verb the dictionary lacks that is "re-" + one of its one-word verb forms reads as that verb: doing X again is
   * doing X ("reimposed blockades" as "imposed", "retaken the town" as "taken", "re-examine"). Words the dictionary
   * lists keep their own entry ("recall", "resign", "release"); English words whose "re" is no repetition
   * (NOT_REPEATED) are left alone, and the base must have four letters or more.
   */
  private repeatedVerb(word: string): VerbForm[] | undefined {
    if (!word.startsWith('re')) return undefined;
    const hyphen = word.startsWith('re-');
    const base = word.slice(hyphen ? 3 : 2);
    if (base.length < 4 || (!hyphen && NOT_REPEATED.some((w) => word.startsWith(w)))) return undefined;
    const list = this.forms.get(base)?.filter((f) => f.before.length === 0 && f.after.length === 0);
    return list !== undefined && list.length > 0 ? list : undefined;
  }

  /** Number of distinct verb words indexed. */
  get formCount(): number {
    return this.forms.size;
  }

  match(tokens: readonly MatchToken[], options: VerbMatchOptions = {}): VerbMatch[] {
    const out: VerbMatch[] = [];
    const normals = tokens.map((t) => t.normal);
    let i = 0;
    while (i < tokens.length) {
      const found = options.isVerb && !options.isVerb(tokens[i]!, i) ? undefined : this.verbAt(normals, i);
      if (!found) {
        i++;
        continue;
      }
      const m = this.codeOccurrence(normals, found.start, found.end, i, found.forms);
      if (m) out.push(m);
      i = found.end;
    }
    return out;
  }

  /** The longest dictionary verb whose verb word is at i; every entry of that length (a form may be in several groups). */
  private verbAt(normals: readonly string[], i: number): { start: number; end: number; forms: VerbForm[] } | undefined {
    const list = this.forms.get(normals[i]!) ?? this.repeatedVerb(normals[i]!);
    if (!list) return undefined;
    const fits = list.filter((f) => f.before.every((w, k) => normals[i - f.before.length + k] === w) && f.after.every((w, k) => normals[i + 1 + k] === w));
    const best = fits[0];
    if (!best) return undefined;
    const size = best.before.length + best.after.length;
    return { start: i - best.before.length, end: i + 1 + best.after.length, forms: fits.filter((f) => f.before.length + f.after.length === size && f.before.length === best.before.length) };
  }

  private codeOccurrence(normals: readonly string[], vs: number, ve: number, head: number, forms: readonly VerbForm[]): VerbMatch | undefined {
    const afterWin: string[] = [];
    // Offsets from the verb's end of the window's words: a time adverbial ("on Friday", "today") is read past, so
    // "defended Iraq on Friday against criticism" reaches its pattern as "defended Iraq against criticism" would.
    const afterAt: number[] = [];
    for (let k = ve; k < normals.length && afterWin.length < MAX_WINDOW && !BOUNDARIES.has(normals[k]!); k++) {
      const skip = timeWordsAt(normals, k);
      if (skip > 0) {
        k += skip - 1;
        continue;
      }
      afterWin.push(normals[k]!);
      afterAt.push(k - ve);
    }
    const beforeWin: string[] = [];
    for (let k = vs - 1; k >= 0 && beforeWin.length < MAX_WINDOW && !BOUNDARIES.has(normals[k]!); k--) beforeWin.push(normals[k]!);

    let best: Candidate | undefined;
    const tried = new Set<number>();
    const tryAll = (list: readonly RuntimePattern[] | undefined): void => {
      if (list === undefined) return;
      for (const p of list) {
        if (tried.has(p.id)) continue;
        tried.add(p.id);
        const a = matchSide(p.after, afterWin);
        const b = a && matchSide(p.before, beforeWin);
        if (a && b && (!best || better({ pattern: p, before: b, after: a }, best))) best = { pattern: p, before: b, after: a };
      }
    };
    // In this order: patterns anchored after the verb (nearest word first), then before it, then the unanchored.
    for (const f of forms) {
      const g = this.groups[f.group]!;
      for (const w of afterWin) tryAll(g.byAfterAnchor.get(w));
      for (const w of beforeWin) tryAll(g.byBeforeAnchor.get(w));
      tryAll(g.unanchored);
    }
    const verb = { start: vs, end: ve, head };
    if (best) return this.patternMatch(verb, forms, best, afterAt);
    const withCode = forms.find((f) => !f.noDefault && (f.code !== null || f.passive !== null || this.groups[f.group]!.code !== null || this.groups[f.group]!.passive !== null));
    if (!withCode) return undefined; // a [---] group's verb, or one without a default, with no pattern: no event
    const g = this.groups[withCode.group]!;
    const own = withCode.code !== null || withCode.passive !== null;
    return {
      verb, group: g.name, lemma: withCode.lemma,
      code: own ? withCode.code : g.code, passive: own ? withCode.passive : g.passive,
      pattern: null, start: vs, end: ve,
      source: { side: 'before' }, target: { side: 'after' }, slots: [],
    };
  }

  private patternMatch(verb: VerbMatch['verb'], forms: readonly VerbForm[], c: Candidate, afterAt: readonly number[]): VerbMatch {
    const p = c.pattern;
    const form = forms.find((f) => this.groups[f.group]!.name === p.source.group) ?? forms[0]!;
    const toAfter = ([s, e]: readonly [number, number]): [number, number] => [verb.end + afterAt[s]!, verb.end + afterAt[e - 1]! + 1];
    const toBefore = ([s, e]: readonly [number, number]): [number, number] => [verb.start - e, verb.start - s];
    const slots = [
      ...slotSpans(p.before, c.before).map((x) => ({ role: x.role, side: 'before' as const, span: toBefore(x.span) })),
      ...slotSpans(p.after, c.after).map((x) => ({ role: x.role, side: 'after' as const, span: toAfter(x.span) })),
    ];
    const place = (role: SlotRole, fallback: 'before' | 'after'): SlotPlace => {
      const s = slots.find((x) => x.role === role);
      return s ? { side: s.side, start: s.span[0], end: s.span[1] } : { side: fallback };
    };
    const explicitTarget = slots.find((x) => x.role === 'target');
    const explicitSource = slots.find((x) => x.role === 'source');
    const source = place('source', explicitTarget?.side === 'before' ? 'after' : 'before');
    const target = place('target', explicitSource?.side === 'after' ? 'before' : 'after');
    const lastAfter = c.after.spans[c.after.spans.length - 1];
    const lastBefore = c.before.spans[c.before.spans.length - 1];
    return {
      verb, group: p.source.group, lemma: form.lemma,
      code: p.source.code, passive: p.source.passive,
      pattern: { text: p.source.text, line: p.source.line },
      start: lastBefore ? toBefore(lastBefore)[0] : verb.start,
      end: lastAfter ? toAfter(lastAfter)[1] : verb.end,
      source, target,
      slots: slots.map((s) => ({ role: s.role, start: s.span[0], end: s.span[1] })),
    };
  }
}

/** More words matched wins; then the tighter match; then the earlier line. */
function better(a: Candidate, b: Candidate): boolean {
  const words = (c: Candidate): number => c.before.words + c.after.words;
  if (words(a) !== words(b)) return words(a) > words(b);
  const span = (c: Candidate): number => (c.after.spans.at(-1)?.[1] ?? 0) + (c.before.spans.at(-1)?.[1] ?? 0);
  if (span(a) !== span(b)) return span(a) < span(b);
  return a.pattern.source.line < b.pattern.source.line;
}
