/**
 * Shapes of the compiled codebook files in data/codebooks, written by
 * scripts/codebooks/build.ts and read by load.ts. Words are lower case; a
 * phrase is its words joined by single spaces.
 */

export const CODEBOOK_FILES = {
  codes: 'cameo-codes.json',
  verbs: 'cameo-verbs.json',
  eventNouns: 'event-nouns.tsv',
  plover: 'cc-by-sa/cameo-to-plover.json',
} as const;

/** One CAMEO event code (cameo-codes.json). */
export interface CompiledCameoCode {
  readonly code: string;
  /** Title in GDELT's CAMEO.eventcodes.txt; null where GDELT has none. */
  readonly name: string | null;
  readonly root: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number | null;
  /** Set when the score is not GDELT's own for this code but its nearest listed ancestor's. */
  readonly goldsteinFrom?: string;
}

export interface CompiledCameoCodes {
  readonly codes: readonly CompiledCameoCode[];
}

/**
 * One element of a verb pattern. A pattern is a list of these on each side of
 * the verb, in reading order. Consecutive words (`{AIR RAID}`, `DEBT_RELIEF`)
 * are a `seq`; between elements other words may intervene.
 */
export type PatternElement =
  | { readonly w: readonly string[] }                                   // a word; more than one spelling where the source wrote A/B
  | { readonly syn: string }                                            // any phrase of a synonym set (&NAME)
  | { readonly seq: readonly (WordItem)[] }                             // words that must be adjacent
  | { readonly prep: readonly string[]; readonly obj: readonly PatternElement[] } // (PREP OBJECT...)
  | { readonly slot: SlotRole };                                        // $ + ^ %

export type WordItem = { readonly w: readonly string[] } | { readonly syn: string };

/** `$` source, `+` target, `^` an actor to skip, `%` a compound actor. */
export type SlotRole = 'source' | 'target' | 'skip' | 'compound';

export interface CompiledPattern {
  readonly group: string;
  /** Line in CAMEO.2.0.txt and the line as written there. */
  readonly line: number;
  readonly text: string;
  /** CAMEO code; null for `[---]`, which marks a phrase that is no event. */
  readonly code: string | null;
  /** The code after the colon (`[042:043]`): PETRARCH2's "inherent passive meaning". */
  readonly passive: string | null;
  readonly before: readonly PatternElement[];
  readonly after: readonly PatternElement[];
  /** Id of the override (scripts/codebooks/verb-overrides.ts) that added or recoded this pattern. */
  readonly override?: string;
}

export interface CompiledVerb {
  readonly group: string;
  readonly line: number;
  /** The primary form as written, lower case ("meet", "+stir up"). */
  readonly lemma: string;
  /** The verb's own code where the line gives one, else null (the group's applies). */
  readonly code: string | null;
  readonly passive: string | null;
  /** Every form; in a multiword verb the verb word carries a leading "+" ("+stirred up"). */
  readonly forms: readonly string[];
  /** The verb codes nothing without a pattern (neither its own code nor its block's): set by an override. */
  readonly noDefault?: true;
  /** Id of the override that added the verb or changed its coding. */
  readonly override?: string;
}

export interface CompiledGroup {
  readonly name: string;
  readonly line: number;
  /** Default code of the block (`--- NAME [code] ---`); null for `[---]`. */
  readonly code: string | null;
  readonly passive: string | null;
  /** Id of the override that changed the block's default. */
  readonly override?: string;
}

export interface DroppedPattern {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface CompiledVerbDictionary {
  readonly source: string;
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly groups: readonly CompiledGroup[];
  readonly verbs: readonly CompiledVerb[];
  readonly patterns: readonly CompiledPattern[];
  readonly dropped: readonly DroppedPattern[];
  /** The corrections applied by the compiler, each with why (scripts/codebooks/verb-overrides.ts). */
  readonly overrides?: readonly { readonly id: string; readonly kind: string; readonly why: string }[];
}

export interface CompiledPloverEntry {
  readonly code: string;
  readonly type: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  /** The CAMEO title in the table's comment. */
  readonly description: string | null;
  readonly line: number;
  /** Set where the compiler corrected the table (scripts/codebooks/plover-overrides.ts): what the table said, and why. */
  readonly override?: { readonly id: string; readonly was: string; readonly why: string };
}

export interface CompiledPloverType {
  readonly name: string;
  readonly quad: string | null;
  readonly modes: readonly { readonly name: string; readonly description: string }[];
}

export interface CompiledPlover {
  readonly source: string;
  readonly licence: 'CC BY-SA 4.0';
  /** CAMEO roots PLOVER drops (statements and appeals). */
  readonly dropped: readonly string[];
  readonly entries: readonly CompiledPloverEntry[];
  readonly types: readonly CompiledPloverType[];
  readonly contexts: readonly { readonly name: string; readonly description: string }[];
}
