/** Where the article's date came from, in order of trust. */
export type DateSource = 'option' | 'input' | 'metadata' | 'dateline';

export interface ArticleDate {
  /** ISO date (YYYY-MM-DD). */
  readonly value: string;
  readonly source: DateSource;
  /** For a dateline date, where it stands in the text. */
  readonly span?: { readonly start: number; readonly end: number };
}

import type { EntityType } from './layers.js';

export interface EntityOffice {
  readonly post: string;
  readonly country: string;
  readonly start: string | null;
  readonly end: string | null;
}

/** One actor of the article: every mention of it points here by id. */
export interface Entity {
  /** 'e1', 'e2', … in order of first mention. */
  readonly id: string;
  readonly type: EntityType;
  /** The record's name when linked, else the fullest name the text gives. */
  readonly name: string;
  readonly wikidata: string | null;
  /** The KB's own id (a Wikidata id, 'kb:…', 'country:JPN', 'actor:123'), or null. */
  readonly kbId: string | null;
  /** ISO3 (or IGO code) of the country the actor belongs to. */
  readonly country: string | null;
  readonly sector: string | null;
  readonly cameo: string | null;
  /** Offices held on the article's date. */
  readonly offices: readonly EntityOffice[];
  /** For people the KB does not know: what the text says of them ("a member of the … Political Bureau"). */
  readonly description: string | null;
  /** How the entity was linked to the KB (rule and score), or why not. */
  readonly link: { readonly rule: string; readonly score: number };
}

/**
 * Document-level facts computed by stages (not spans). Same declaration rules
 * as layers: a stage that adds one says so.
 */
export interface AttributeMap {
  articleDate: ArticleDate | null;
  entities: readonly Entity[];
}

export type AttributeName = keyof AttributeMap;

export const ATTRIBUTE_NAMES: ReadonlySet<string> = new Set<AttributeName>(['articleDate', 'entities']);
