export type { Store, StoreStats, StoredArticle, EventCluster, PutOutcome } from './types.js';
export { SqliteStore, openStore, committedArticles, DEFAULT_DB, type SqliteStoreOptions } from './sqlite.js';
export { MIGRATIONS, SCHEMA_VERSION as STORE_SCHEMA_VERSION, migrate, currentVersion, type Migration } from './migrations.js';
export { contentHash, normaliseForHash, CONTENT_HASH_VERSION } from './content-hash.js';
export { toArticleRecord, entityKey, clusterKey, packAnalysis, unpackAnalysis, type ArticleRecord, type ArticleSource } from './record.js';
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest/ingest.js';
export { inlinePool, workerPool, type AnalysisPool, type DocumentPool } from './ingest/pool.js';
export { readSources, countArticles, type InputError, type SourceItem } from './ingest/sources.js';
export { query, buildQuery, QUERY_KINDS, type QueryFilter, type QueryKind } from './queries.js';
export { exportLines, EXPORT_FORMATS, GDELT_COLUMNS, PLOVER_REQUIRED, EVENT_CSV_COLUMNS, checkGdeltLine, checkPloverLine, fipsOf, type ExportFormat, type ExportCounts } from './export/index.js';
export {
  queryPage, articlesPage, articleById, actorDetail, actorRowsPage, entityOf,
  type Page, type PageRequest, type Row, type Value, type ArticleFilter, type ArticleDetail, type ActorDetail, type ActorCounts, type ActorListKind,
} from './api-queries.js';
export { actorRecord, findActors, kbRecord, ACTOR_RECORD_ITEMS, type ActorRecord, type ActorMatch, type KbRecord } from './actor-record.js';
export { scriptOf } from './name-script.js';
