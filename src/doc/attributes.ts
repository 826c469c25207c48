/** Where the article's date came from, in order of trust. */
export type DateSource = 'option' | 'input' | 'metadata' | 'dateline';

export interface ArticleDate {
  /** ISO date (YYYY-MM-DD). */
  readonly value: string;
  readonly source: DateSource;
  /** For a dateline date, where it stands in the text. */
  readonly span?: { readonly start: number; readonly end: number };
}

/**
 * Document-level facts computed by stages (not spans). Same declaration rules
 * as layers: a stage that adds one says so.
 */
export interface AttributeMap {
  articleDate: ArticleDate | null;
}

export type AttributeName = keyof AttributeMap;

export const ATTRIBUTE_NAMES: ReadonlySet<string> = new Set<AttributeName>(['articleDate']);
