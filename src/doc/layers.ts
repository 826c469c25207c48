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

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'AGENT';

/**
 * How a mention names its entity: by a name ("Blinken"), a name with its title
 * ("Prime Minister Kan" — the span covers the name only, the title is in
 * `title`), a title alone ("the foreign minister"), a pronoun, a country
 * adjective ("Japanese"), a seat-of-power metonym ("the Kremlin"), or a generic
 * agent ("police").
 */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'demonym' | 'metonym' | 'agent';

export interface Mention extends Annotation {
  readonly text: string;
  readonly kind: MentionKind;
  readonly type: EntityType;
  /** The entity (Doc attribute `entities`) the mention belongs to, once clustered. */
  readonly entity: string | null;
  /** The title words before a name ("Japanese Foreign Minister"), with their offsets. */
  readonly title: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** Inside a photo caption rather than the article's body. */
  readonly caption: boolean;
}

/** What a mention generator proposes before mentions are chosen, clustered and linked. */
export interface MentionCandidate extends Annotation {
  readonly text: string;
  readonly kind: MentionKind;
  /** The type if the generator knows it (a KB country is a GPE), else null. */
  readonly type: EntityType | null;
  readonly title: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** Offices the title names ("Foreign Minister"), as written. */
  readonly offices: readonly string[];
  /** The country the title or the name itself points to (ISO3), if known. */
  readonly country: string | null;
  /** A KB record the surface names exactly: 'country:JPN', 'actor:123', 'person:Q6279'. */
  readonly kbRef: string | null;
  readonly plural: boolean;
  readonly caption: boolean;
  /** Sentence index, -1 outside sentences. */
  readonly sentence: number;
}

export type NameCheckKind = 'given-name' | 'family-reading' | 'given-reading' | 'spelling' | 'other-holder';

/** A mention whose name contradicts the record, with the right name and the evidence. */
export interface NameCheck extends Annotation {
  /** The mention's text (equal to the slice). */
  readonly text: string;
  readonly entity: string;
  /** The wrong word(s) as written, and where they stand. */
  readonly wrong: { readonly start: number; readonly end: number; readonly text: string };
  readonly right: string;
  readonly kind: NameCheckKind;
  readonly why: string;
  readonly evidence: {
    readonly post: string | null;
    readonly date: string | null;
    readonly source: string | null;
    readonly reading: string | null;
  };
  readonly confidence: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'partial';

export interface Quote extends Annotation {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Entity id of the speaker, or null when none can be found. */
  readonly speaker: string | null;
  /** Entity id of an organisation that relays the words ("the Pentagon said Austin told reporters"). */
  readonly channel: string | null;
  /** The speech verb or phrase that introduces the quote. */
  readonly cue: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** How broken quote marks were mended, or null when the marks were whole. */
  readonly repaired: string | null;
  readonly confidence: number;
}

export type EventModality = 'asserted' | 'planned' | 'negated' | 'hypothetical';

/**
 * One coded event: who did what to whom, when and where. [start, end) and
 * `text` are the evidence (the stretch of the sentence from the first actor or
 * trigger to the last); `source` and `target` are entity ids.
 */
export interface EventAnnotation extends Annotation {
  readonly text: string;
  /** The verb, event noun or evaluative word that signals the event. */
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  readonly plover: { readonly type: string; readonly mode: string | null; readonly context: readonly string[] };
  readonly cameo: {
    readonly code: string;
    readonly root: string;
    readonly quad: number;
    readonly goldstein: number | null;
    /** CAMEO actor codes of the two sides, the part their entities share (never a run-on compound). */
    readonly source: string | null;
    readonly target: string | null;
  };
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** From the sentence's own date expression, else the article's date; null when neither is known. */
  readonly date: { readonly start: string; readonly end: string; readonly precision: DatePrecision; readonly from: 'sentence' | 'article' } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly entity: string | null } | null;
  readonly modality: EventModality;
  readonly confidence: number;
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
  mentionCandidates: MentionCandidate;
  mentions: Mention;
  nameChecks: NameCheck;
  quotes: Quote;
  events: EventAnnotation;
}

export type LayerName = keyof LayerMap;

/** Layers whose annotations may not overlap one another. */
export const EXCLUSIVE_LAYERS: ReadonlySet<LayerName> = new Set<LayerName>(['blocks', 'sentences', 'tokens']);
