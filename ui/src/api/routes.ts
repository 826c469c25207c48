/** The shapes the HTTP API (docs/api.md) answers, as far as the UI reads them. */
import type { AnalysisDocument } from './analysis.js';

export interface Page<T> { readonly items: readonly T[]; readonly next_cursor: string | null }

export interface ArticleRow {
  readonly id: string; readonly date: string | null; readonly title: string | null; readonly url: string | null; readonly source: string | null;
  readonly counts: { readonly entities: number; readonly events: number; readonly quotes: number; readonly nameChecks: number };
}
export interface ArticleAnswer {
  readonly article: { readonly id: string; readonly date: string | null; readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly ingestedAt?: string };
  readonly analysis: AnalysisDocument;
}

export interface ActorRow {
  readonly id: string; readonly key: string; readonly wikidata: string | null; readonly name: string; readonly type: string; readonly country: string | null;
  readonly articles: number; readonly mentions: number; readonly quotes: number; readonly events: number; readonly first: string | null; readonly last: string | null;
}

/**
 * One row of `attache query events --format json`, plus the event and article ids, and the ids
 * (as /actors/{id} takes) of the names in `source` and `target` ('A; B'), one per name, in order.
 */
export interface EventRow {
  readonly id: string; readonly article: string; readonly url: string | null;
  readonly sourceIds: readonly string[]; readonly targetIds: readonly string[];
  readonly date: string | null; readonly plover: string | null; readonly mode: string | null; readonly cameo: string | null; readonly goldstein: number | null;
  readonly source: string | null; readonly sourceCode: string | null; readonly target: string | null; readonly targetCode: string | null;
  readonly place: string | null; readonly placeCountry: string | null; readonly modality: string | null; readonly evidence: string | null;
}

export interface QuoteRow {
  readonly date: string | null; readonly speaker: string | null; readonly speakerId?: string | null; readonly kind: string;
  readonly text: string; readonly cue: string | null; readonly article: string; readonly url: string | null;
}

export interface CheckRow {
  readonly date: string | null; readonly surface: string; readonly wrong: string; readonly right: string; readonly kind: string;
  readonly why: string; readonly confidence: number; readonly article: string; readonly url: string | null;
  readonly start?: number; readonly end?: number;
  /** The actor the name is of, as /actors/{id} takes. */
  readonly actorId?: string | null;
  readonly actorName?: string | null;
}

export interface ActorAnswer {
  readonly id: string; readonly key: string; readonly wikidata: string | null; readonly name: string; readonly type: string; readonly country: string | null;
  readonly mentions: number; readonly first: string | null; readonly last: string | null;
  /** The actor's name mentions as written in the text, with how often each occurs, most frequent first. */
  readonly names: readonly { readonly name: string; readonly count: number }[];
  /** The totals: the lengths of the full lists, of which `articles`, `quotes` and `events` hold the newest 500 at most. */
  readonly counts: { readonly articles: number; readonly mentions: number; readonly quotes: number; readonly events: number };
  readonly kb: {
    readonly names: readonly { readonly name: string; readonly lang: string | null; readonly script: string | null }[];
    readonly offices: readonly { readonly post: string; readonly country: string | null; readonly start: string | null; readonly end: string | null }[];
  } | null;
  readonly articles: readonly { readonly id: string; readonly date: string | null; readonly title: string | null }[];
  readonly quotes: readonly QuoteRow[];
  readonly events: readonly EventRow[];
}

export interface SearchRow { readonly date: string | null; readonly title: string | null; readonly snippet: string; readonly article: string; readonly url: string | null }

export interface Problem { readonly type?: string; readonly title: string; readonly status: number; readonly detail?: string }
