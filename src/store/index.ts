export type { Store, StoreStats, StoredArticle, EventCluster, PutOutcome } from './types.js';
export { SqliteStore, openStore, DEFAULT_DB, type SqliteStoreOptions } from './sqlite.js';
export { MIGRATIONS, SCHEMA_VERSION as STORE_SCHEMA_VERSION, migrate, currentVersion, type Migration } from './migrations.js';
export { contentHash, normaliseForHash, CONTENT_HASH_VERSION } from './content-hash.js';
export { toArticleRecord, entityKey, clusterKey, packAnalysis, unpackAnalysis, type ArticleRecord, type ArticleSource } from './record.js';
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest/ingest.js';
export { inlinePool, workerPool, type AnalysisPool } from './ingest/pool.js';
export { readSources, countArticles, type InputError, type SourceItem } from './ingest/sources.js';
export { query, QUERY_KINDS, type QueryFilter, type QueryKind } from './queries.js';
