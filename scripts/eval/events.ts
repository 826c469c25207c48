/**
 * Shared pieces of the events suites: a typed accessor for the analysis document's `events` (which the
 * events stage fills; until it lands the suites score zero and say why), one-to-one matching, CAMEO
 * triples and their country + root reduction, PLOVER 0.5 labels, and the small lookups the suites share.
 * Everything here but the file reader is pure, so test/eval-events can check it on hand-built inputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AnalysisDocument, EntityOutput } from '../../src/output/document.js';

// --- The events as the events stage will write them ----------------------------------------------

export type Modality = 'asserted' | 'planned' | 'negated' | 'hypothetical';

export interface EventOutput {
  readonly id: string;
  readonly plover: { readonly type: string; readonly mode: string | null; readonly context: readonly string[] };
  /** `source`/`target` are CAMEO actor codes (USAGOV, JPNGOV, IGO…), null or '' when unknown. */
  readonly cameo: {
    readonly code: string; readonly root: string; readonly quad: number; readonly goldstein: number;
    readonly source: string | null; readonly target: string | null;
  };
  /** Entity ids of `entities[]` in the same document. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date: { readonly start: string | null; readonly end: string | null; readonly precision: string | null; readonly from: string | null } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly entity: string | null } | null;
  readonly modality: Modality;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly confidence: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The fields the suites read, checked: an event without them is counted as malformed and left out. */
export function isEventOutput(x: unknown): x is EventOutput {
  if (!isObject(x) || !isObject(x.plover) || !isObject(x.cameo) || !isObject(x.evidence)) return false;
  return typeof x.plover.type === 'string' && typeof x.evidence.text === 'string' && isStrings(x.source) && isStrings(x.target) && typeof x.confidence === 'number';
}

/** Counts, over one suite's documents, what `eventsOf` found, so that the suite can say why it scores zero. */
export class EventsSeen {
  documents = 0;
  /** Documents with no `events` array at all. */
  missing = 0;
  events = 0;
  malformed = 0;

  /** One line for the report: why every measure is zero, or how many events were read. */
  note(): string {
    if (this.documents === 0) return 'No documents were analysed.';
    const docs = `${this.documents} document${this.documents === 1 ? '' : 's'}`;
    if (this.missing === this.documents) {
      return `No events in the output yet: none of the ${docs} has an \`events\` field, so every measure below is 0 (the events stage is not in the pipeline).`;
    }
    if (this.events === 0) {
      return `No events in the output yet: \`events\` is empty in ${this.documents === 1 ? 'the only document' : `all ${docs}`}${this.malformed > 0 ? ` (${this.malformed} malformed events left out)` : ''}, so every measure below is 0 (the events stage is probably not in the pipeline yet).`;
    }
    const bad = this.malformed > 0 ? `; ${this.malformed} malformed events (no plover.type, cameo, evidence text, source/target lists or confidence) left out` : '';
    const none = this.missing > 0 ? `; ${this.missing} documents without an \`events\` field` : '';
    return `${this.events} events read from ${docs}${bad}${none}.`;
  }
}

/** The document's events in the shape above; [] (noted in `seen`) when the field is missing. */
export function eventsOf(doc: AnalysisDocument | { readonly events?: unknown }, seen?: EventsSeen): EventOutput[] {
  const raw = (doc as { readonly events?: unknown }).events;
  if (seen) seen.documents++;
  if (!Array.isArray(raw)) {
    if (seen) seen.missing++;
    return [];
  }
  const events = raw.filter(isEventOutput);
  if (seen) {
    seen.events += events.length;
    seen.malformed += raw.length - events.length;
  }
  return events;
}

/** The most confident event (the first of equals, in document order), or null. */
export function mostConfident(events: readonly EventOutput[]): EventOutput | null {
  let best: EventOutput | null = null;
  for (const e of events) if (best === null || e.confidence > best.confidence) best = e;
  return best;
}

// --- One-to-one matching -------------------------------------------------------------------------

export interface Matching {
  /** [gold index, predicted index]. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly unmatchedGold: readonly number[];
  readonly unmatchedPredicted: readonly number[];
}

/**
 * A maximum one-to-one matching of gold items to predicted items (augmenting paths). `score` says whether
 * a pair may match (a number) or not (null); among the matchings of maximum size the higher-scoring
 * candidates are tried first, gold items in their order, so ties go to the earlier prediction.
 */
export function matchOneToOne<G, P>(gold: readonly G[], predicted: readonly P[], score: (g: G, p: P) => number | null): Matching {
  const candidates = gold.map((g) =>
    predicted
      .map((p, j) => ({ j, s: score(g, p) }))
      .filter((c): c is { j: number; s: number } => c.s !== null)
      .sort((a, b) => b.s - a.s || a.j - b.j)
      .map((c) => c.j),
  );
  const owner = new Array<number>(predicted.length).fill(-1);
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j] === -1 || augment(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) augment(i, new Set());
  const pairs = owner.flatMap((i, j) => (i >= 0 ? [[i, j] as const] : [])).sort((a, b) => a[0] - b[0]);
  const matchedGold = new Set(pairs.map(([i]) => i));
  return {
    pairs,
    unmatchedGold: gold.flatMap((_, i) => (matchedGold.has(i) ? [] : [i])),
    unmatchedPredicted: owner.flatMap((i, j) => (i < 0 ? [j] : [])),
  };
}

// --- CAMEO triples -------------------------------------------------------------------------------

export interface Triple {
  readonly source: string;
  readonly target: string;
  readonly event: string;
}

/**
 * An actor or event code as compared: trimmed, upper-case (null and undefined become ''). Attaché writes an agent of no country with a tilde
 * ('~REB', as in CAMEO's generic agent codes), PETRARCH with dashes ('---REB'): one notation for both.
 */
export const normCode = (c: string | null | undefined): string => (c ?? '').trim().toUpperCase().replace(/^~/, '---');

/**
 * One triple per predicted event: its own CAMEO actor codes (cameo.source, cameo.target) and event code.
 * The entity lists are not expanded: an event with two sources gives one triple, coded as the stage chose.
 */
export function tripleOf(e: EventOutput): Triple {
  return { source: normCode(e.cameo.source), target: normCode(e.cameo.target), event: normCode(e.cameo.code) };
}

/** Country + root: the first three letters of each actor code (country, IGO, '---'), the first two digits of the event code. */
export function countryRoot(t: Triple): Triple {
  return { source: t.source.slice(0, 3), target: t.target.slice(0, 3), event: t.event.slice(0, 2) };
}

/** Equal and known: an empty code (unknown actor or event) never matches, not even another empty one. */
const sameCode = (a: string, b: string) => a !== '' && a === b;
export const sameTriple = (a: Triple, b: Triple): boolean => sameCode(a.source, b.source) && sameCode(a.target, b.target) && sameCode(a.event, b.event);

export const showTriple = (t: Triple): string => `(${t.source || '?'}, ${t.target || '?'}, ${t.event || '?'})`;

/** Gold and predicted triples of one sentence matched one to one on equality. */
export function matchTriples(gold: readonly Triple[], predicted: readonly Triple[]): Matching {
  return matchOneToOne(gold, predicted, (g, p) => (sameTriple(g, p) ? 1 : null));
}

// --- PLOVER 0.5 labels ---------------------------------------------------------------------------

/** PLOVER 0.5 types that PLOVER 2.0 renamed or folded into another type (with a mode). */
const PLOVER_05: Readonly<Record<string, { type: string; mode: string | null }>> = {
  DEMAND: { type: 'REQUEST', mode: null },
  DISAPPROVE: { type: 'ACCUSE', mode: null },
  FIGHT: { type: 'ASSAULT', mode: null },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' },
};

/** A PLOVER 0.5 gold label as PLOVER 2.0: the type, and the mode the label implies (null when it implies none). */
export function ploverFrom05(label: string): { type: string; mode: string | null } {
  const l = label.trim().toUpperCase();
  return PLOVER_05[l] ?? { type: l, mode: null };
}

// --- Countries and entities ----------------------------------------------------------------------

/** The country part of a CAMEO actor code: its first three letters ('' when shorter, or unknown '---'). */
export function countryOfCode(code: string | null | undefined): string {
  const c = normCode(code).slice(0, 3);
  return c.length === 3 && c !== '---' ? c : '';
}

/** The countries one side of an event names: its CAMEO code's, and each of its entities' country and CAMEO code's. */
export function sideCountries(entities: readonly EntityOutput[], e: EventOutput, side: 'source' | 'target'): Set<string> {
  const out = new Set<string>();
  const add = (c: string) => c !== '' && out.add(c);
  add(countryOfCode(e.cameo[side]));
  for (const id of e[side]) {
    const ent = entities.find((x) => x.id === id);
    if (!ent) continue;
    add(countryOfCode(ent.country));
    add(countryOfCode(ent.cameo));
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Ids of the entities with a mention overlapping the span. */
export function entitiesCovering(entities: readonly EntityOutput[], span: { start: number; end: number }): string[] {
  return entities.filter((e) => e.mentions.some((m) => overlap(m, span) > 0)).map((e) => e.id);
}

// --- Reports -------------------------------------------------------------------------------------

export const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
export const ratio = (n: number, d: number): string => `${n}/${d} = ${pct(n, d)}`;

/** Precision, recall and F1 as table cells; precision is '-' when nothing was predicted (rather than a vacuous 1). */
export function prfCells(s: { tp: number; fp: number; fn: number }): (string | number)[] {
  const precision = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [precision ?? '-', recall ?? '-', f1];
}

/** How many misses a suite lists per list: ATTACHE_EVAL_MISSES (a number, or "all"), else 8. */
export function missLimit(env: string | undefined = process.env.ATTACHE_EVAL_MISSES): number {
  if (env === undefined || env.trim() === '') return 8;
  if (env.trim().toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const n = Number.parseInt(env, 10);
  return Number.isFinite(n) && n >= 0 ? n : 8;
}

/** A sentence cut for a report line. */
export const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 3)}...` : s).replace(/\s+/g, ' ');

/** The line a suite prints instead of its report when its gold file is missing, or null when it is there. */
export function missingInput(path: string): string | null {
  return existsSync(path) ? null : `Skipped: ${path} is missing (the gold sets live in ../shared; set ATTACHE_SHARED to its path).`;
}

/** The records of a JSONL file, one object a non-empty line. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}
