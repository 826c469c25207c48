import type { AnalysisDocument } from '../output/document.js';
import type { ArticleRecord } from './record.js';

/** The counts `attache stats` prints. */
export interface StoreStats {
  readonly articles: number;
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly events: number;
  readonly eventClusters: number;
  readonly nameChecks: number;
}

/** What putArticle did: stored a new article, replaced older versions (same id or URL), or found it stored already. */
export type PutOutcome = 'inserted' | 'replaced' | 'unchanged';

export interface StoredArticle {
  readonly hash: string;
  readonly extId: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly source: string | null;
  readonly origin: string;
  readonly ingestedAt: string;
  readonly analysis: AnalysisDocument;
}

/** One event cluster: reports of one occurrence across articles (see clusterKey in record.ts). */
export interface EventCluster {
  readonly key: string;
  readonly start: string | null;
  readonly end: string | null;
  /** Events (reports) in the cluster: GDELT's NumMentions. */
  readonly numMentions: number;
  /** Distinct articles: NumArticles. */
  readonly numArticles: number;
  /** Distinct outlets (URL hosts): NumSources. */
  readonly numSources: number;
}

/**
 * Where Attaché keeps a dataset. SqliteStore is the embedded default; another backend
 * implements the same methods. Writes are per article and all-or-nothing.
 */
export interface Store {
  /** The file (or other location) the store lives in. */
  readonly location: string;
  /** Whether an article with this content hash is stored. */
  hasArticle(hash: string): boolean;
  /**
   * Stores one analysed article in one transaction. Versions with the same input id or URL
   * and other content are removed in the same transaction; the same content is left alone.
   */
  putArticle(record: ArticleRecord): PutOutcome;
  /** Stores several articles in one transaction (each whole or not at all, as with putArticle): fewer commits. */
  putArticles(records: readonly ArticleRecord[]): PutOutcome[];
  /**
   * Indexes for full-text search what was stored since the last call (articles and quotes wait in
   * a pending list: one indexing pass per ingest, not one per article). Returns the articles indexed.
   */
  indexPending(): number;
  stats(): StoreStats;
  /** Every article with its analysis, oldest first, streamed. */
  articles(): IterableIterator<StoredArticle>;
  /** Event clusters, by first date, streamed. */
  eventClusters(): IterableIterator<EventCluster>;
  close(): void;
}
