import type { Annotation } from './annotation.js';

export type BlockKind = 'title' | 'dateline' | 'byline' | 'body' | 'heading' | 'caption' | 'boilerplate';

export interface Block extends Annotation {
  readonly kind: BlockKind;
}

export interface Sentence extends Annotation {
  /** Index of the block that holds the sentence. */
  readonly block: number;
}

export interface Token extends Annotation {
  /** Universal part-of-speech tag from wink-nlp. */
  readonly pos: string;
  /** wink-nlp's token type: word, number, punctuation, symbol, … */
  readonly type: string;
}

export type DatePrecision = 'day' | 'span' | 'week' | 'month' | 'year';

export interface DateMention extends Annotation {
  readonly text: string;
  /** Inclusive ISO-date range, or null where the expression needs an article date that is unknown. */
  readonly value: { readonly start: string; readonly end: string } | null;
  readonly precision: DatePrecision;
}

/**
 * The annotation layers a Doc can hold, by name. Later stages add their layers
 * here, so every stage's requires/adds are checked by the compiler too.
 */
export interface LayerMap {
  blocks: Block;
  sentences: Sentence;
  tokens: Token;
  dates: DateMention;
}

export type LayerName = keyof LayerMap;

/** Layers whose annotations may not overlap one another. */
export const EXCLUSIVE_LAYERS: ReadonlySet<LayerName> = new Set<LayerName>(['blocks', 'sentences', 'tokens']);
