/**
 * An event while it is being built: candidate generators make drafts, the
 * refiners return new drafts (never mutate them), the stage writes the last.
 */
import type { DatePrecision, EventModality } from '../doc/layers.js';
import type { SentenceView } from './sentence-view.js';

export type DraftKind = 'verb' | 'noun' | 'quote';

export interface Draft {
  readonly kind: DraftKind;
  readonly view: SentenceView;
  /** Trigger token range [first, last) in the view. */
  readonly trigger: { readonly first: number; readonly last: number };
  /** For a verb coded by a dictionary pattern, the tokens the verb and pattern cover ("impose … sanctions"). */
  readonly covers?: { readonly first: number; readonly last: number };
  readonly code: string;
  readonly rule: string;
  /** The rule's own confidence, before the refiners' adjustments. */
  readonly score: number;
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** Character spans of the actors inside the sentence, for the evidence. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** Some actor was reached through a pronoun, a plural role or the quote's speaker. */
  readonly indirect: boolean;
  /** A meeting-like event whose participants may be split into sides by country ("A and B met"). */
  readonly reciprocal: boolean;
  /** A meeting put together from several words of the sentence (refiners/merge.ts), not one verb's list of parties. */
  readonly merged?: boolean;
  /** An event PLOVER codes without a recipient ("rebels protested", "Iran threatened to …"): kept with no target. */
  readonly alone?: boolean;
  /** Codes the sentence gives an entity beyond its own ("a Tunisian court" → TUNJUD), by entity id. */
  readonly actorCodes?: ReadonlyMap<string, readonly string[]>;
  readonly modality: EventModality;
  readonly date: { readonly start: string; readonly end: string; readonly precision: DatePrecision; readonly from: 'sentence' | 'article' } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly entity: string | null } | null;
  /** Actor codes of the two sides, set when the sides are coded. */
  readonly codes?: { readonly source: string | null; readonly target: string | null };
}

/** The participants of a draft, source first, each once. */
export function participants(d: Draft): string[] {
  return [...new Set([...d.source, ...d.target])];
}
