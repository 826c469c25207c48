/**
 * loadCodebooks(): the compiled codebooks of data/codebooks behind one
 * read-only object. Loading parses the JSON and builds the matchers' indexes
 * (a few hundred milliseconds); defaultCodebooks() does it once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../util/paths.js';
import { CameoTables, type CameoCode, type PloverCoding } from './cameo-codes.js';
import { CODEBOOK_FILES, type CompiledCameoCodes, type CompiledPlover, type CompiledPloverType, type CompiledVerbDictionary } from './compiled.js';
import { EventNounIndex, parseEventNouns, type EventNounEntry, type EventNounMatch } from './event-nouns.js';
import type { MatchToken } from './tokens.js';
import { VerbMatcher, type VerbMatch, type VerbMatchOptions } from './verb-matcher.js';

export interface Codebooks {
  /** A CAMEO event code ("040", "0211", "19"); undefined when CAMEO has no such code. */
  cameo(code: string): CameoCode | undefined;
  /** PLOVER type, mode and context of a CAMEO code, inherited from the nearest listed ancestor; undefined for codes PLOVER drops (01, 02) or unknown codes. */
  plover(code: string): PloverCoding | undefined;
  /** Every dictionary verb in the sentence with its code (see VerbMatch). */
  matchVerbs(tokens: readonly MatchToken[], options?: VerbMatchOptions): VerbMatch[];
  /** Every event noun in the sentence, longest first at each place. */
  matchEventNouns(tokens: readonly MatchToken[]): EventNounMatch[];
  readonly ploverTypes: readonly CompiledPloverType[];
  readonly ploverContexts: readonly { readonly name: string; readonly description: string }[];
  readonly eventNouns: readonly EventNounEntry[];
  readonly counts: Readonly<{ codes: number; verbWords: number; patterns: number; eventNouns: number }>;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Loads the codebooks from `dir` (default: the bundled data/codebooks). */
export function loadCodebooks(dir: string = dataPath('codebooks')): Codebooks {
  const codes = readJson<CompiledCameoCodes>(dir, CODEBOOK_FILES.codes);
  const plover = deepFreeze(readJson<CompiledPlover>(dir, CODEBOOK_FILES.plover));
  const verbs = readJson<CompiledVerbDictionary>(dir, CODEBOOK_FILES.verbs);
  const nouns = deepFreeze(parseEventNouns(readFileSync(join(dir, CODEBOOK_FILES.eventNouns), 'utf8')));
  const tables = new CameoTables(codes.codes, plover);
  const matcher = new VerbMatcher(verbs);
  const nounIndex = new EventNounIndex(nouns);
  return Object.freeze({
    cameo: (code: string) => tables.cameo(code),
    plover: (code: string) => tables.ploverOf(code),
    matchVerbs: (tokens: readonly MatchToken[], options?: VerbMatchOptions) => matcher.match(tokens, options),
    matchEventNouns: (tokens: readonly MatchToken[]) => nounIndex.match(tokens),
    ploverTypes: plover.types,
    ploverContexts: plover.contexts,
    eventNouns: nouns,
    counts: Object.freeze({ codes: tables.size, verbWords: matcher.formCount, patterns: matcher.patternCount, eventNouns: nouns.length }),
  });
}

let bundled: Codebooks | undefined;

/** The bundled codebooks, loaded on first use and shared by the whole process. */
export function defaultCodebooks(): Codebooks {
  return (bundled ??= loadCodebooks());
}
