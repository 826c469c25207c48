/** What the input said about the article, before any analysis. */
export interface DocMeta {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** Date as given by the caller (--date). */
  readonly optionDate: string | null;
  /** Date as given by the input record (JSONL date/published field). */
  readonly inputDate: string | null;
  /** Date from the page's metadata (HTML meta tags). */
  readonly metadataDate: string | null;
  /** Where the text came from: a file path, '-' or 'jsonl:LINE'. */
  readonly origin: string;
  readonly format: 'text' | 'html';
  /** Spans of the text that the input itself marked (e.g. <figcaption>), as hints for structure. */
  readonly hints: readonly { readonly start: number; readonly end: number; readonly kind: 'title' | 'caption' | 'byline' | 'heading' }[];
}
