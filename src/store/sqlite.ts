import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AttacheError } from '../errors.js';
import { CLUSTER_STARTS } from './clusters.js';
import { migrate } from './migrations.js';
import { query, type QueryFilter, type QueryKind } from './queries.js';
import { unpackAnalysis, type ArticleRecord } from './record.js';
import type { EventCluster, PutOutcome, Store, StoreStats, StoredArticle } from './types.js';

export interface SqliteStoreOptions {
  /** Open an existing store for reading only; never create or migrate it. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for another process's write lock (default 10 s). */
  readonly busyTimeoutMs?: number;
}

/** The default file name, in the current folder. */
export const DEFAULT_DB = 'attache.db';

export class SqliteStore implements Store {
  readonly location: string;
  readonly db: Database.Database;
  private readonly stmts;
  private readonly put: (rs: readonly ArticleRecord[]) => PutOutcome[];

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path === ':memory:' ? path : resolve(path);
    try {
      if (!options.readonly && path !== ':memory:') mkdirSync(dirname(this.location), { recursive: true });
      this.db = new Database(this.location, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new AttacheError(options.readonly ? 'E_NOT_FOUND' : 'E_STORE', `${path}: cannot open the store (${why})`, { origin: path });
    }
    const db = this.db;
    try {
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
      if (!options.readonly) {
        // WAL: readers (stats, queries) run beside the ingest. synchronous=NORMAL keeps every commit
        // atomic across a killed process; only a power cut may lose the last commits, never half of one.
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        // Checkpoint (and fsync) every ~16 MB of WAL rather than 4 MB: an ingest writes a lot, steadily.
        db.pragma('wal_autocheckpoint = 4000');
        migrate(db);
      } else if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get()) {
        throw new AttacheError('E_NOT_FOUND', `${path}: is not an Attaché store (no articles table); run 'attache ingest' first`, { origin: path });
      }
    } catch (e) {
      db.close();
      if (e instanceof AttacheError) throw e;
      throw new AttacheError('E_STORE', `${path}: is not an Attaché store (${e instanceof Error ? e.message : String(e)})`, { origin: path });
    }
    this.stmts = {
      has: db.prepare<[string], { n: number }>('SELECT 1 AS n FROM articles WHERE id = ?'),
      olderVersions: db.prepare<[string | null, string | null], { seq: number }>(
        'SELECT seq FROM articles WHERE ext_id = ? UNION SELECT seq FROM articles WHERE url = ?'),
      entitiesOf: db.prepare<[number], { entity: number }>('SELECT DISTINCT entity FROM article_entities WHERE article = ?'),
      deleteEventActors: db.prepare('DELETE FROM event_actors WHERE event IN (SELECT id FROM events WHERE article = ?)'),
      deleteChildren: ['events', 'quotes', 'name_checks', 'mentions', 'article_entities'].map((t) => db.prepare(`DELETE FROM ${t} WHERE article = ?`)),
      deleteArticle: db.prepare('DELETE FROM articles WHERE seq = ?'),
      dropOrphan: db.prepare<[number, number]>('DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity = ?)'),
      article: db.prepare(`INSERT INTO articles(id, ext_id, url, title, date, date_source, source, origin, format, schema, text, analysis, ingested_at)
                           VALUES (@hash, @extId, @url, @title, @date, @dateSource, @source, @origin, @format, @schema, @text, @analysis, @ingestedAt)`),
      entity: db.prepare<[string, string | null], { id: number }>(
        'INSERT INTO entities(key, wikidata) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET wikidata = coalesce(entities.wikidata, excluded.wikidata) RETURNING id'),
      articleEntity: db.prepare('INSERT INTO article_entities(article, local_id, entity, type, name, country, sector, cameo, offices) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      mention: db.prepare('INSERT INTO mentions(article, entity, start, end, text, kind) VALUES (?, ?, ?, ?, ?, ?)'),
      nameCheck: db.prepare('INSERT INTO name_checks(article, entity, start, end, surface, wrong, right, kind, why, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      quote: db.prepare('INSERT INTO quotes(article, start, end, text, kind, speaker, channel, cue, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      event: db.prepare(`INSERT INTO events(article, local_id, plover_type, plover_mode, plover_context, cameo_code, cameo_root, quad, goldstein,
                           source_code, target_code, date_start, date_end, date_precision, place_name, place_country, place_entity, modality,
                           evidence, evidence_start, evidence_end, confidence, cluster_key)
                         VALUES (@article, @localId, @ploverType, @ploverMode, @ploverContext, @cameoCode, @cameoRoot, @quad, @goldstein,
                           @sourceCode, @targetCode, @dateStart, @dateEnd, @datePrecision, @placeName, @placeCountry, @placeEntity, @modality,
                           @evidence, @evidenceStart, @evidenceEnd, @confidence, @clusterKey)`),
      eventActor: db.prepare('INSERT OR IGNORE INTO event_actors(event, role, entity) VALUES (?, ?, ?)'),
    };
    this.put = db.transaction((rs: readonly ArticleRecord[]) => rs.map((r) => this.write(r)));
  }

  hasArticle(hash: string): boolean {
    return this.stmts.has.get(hash) !== undefined;
  }

  putArticle(record: ArticleRecord): PutOutcome {
    return this.putArticles([record])[0]!;
  }

  putArticles(records: readonly ArticleRecord[]): PutOutcome[] {
    // IMMEDIATE: take the write lock first, so the checks and the writes see one state.
    try {
      return (this.put as unknown as { immediate: (rs: readonly ArticleRecord[]) => PutOutcome[] }).immediate(records);
    } catch (e) {
      throw storeError(e, this.location, 'cannot write');
    }
  }

  private write(r: ArticleRecord): PutOutcome {
    const s = this.stmts;
    if (s.has.get(r.hash)) return 'unchanged';
    const older = s.olderVersions.all(r.extId, r.url).map((o) => o.seq);
    const touched = new Set<number>();
    for (const seq of older) {
      for (const { entity } of s.entitiesOf.all(seq)) touched.add(entity);
      s.deleteEventActors.run(seq);
      for (const del of s.deleteChildren) del.run(seq);
      s.deleteArticle.run(seq);
    }
    const article = Number(s.article.run({ ...r, analysis: Buffer.from(r.analysis), ingestedAt: new Date().toISOString() }).lastInsertRowid);
    const ids = new Map<string, number>();
    for (const e of r.entities) {
      const id = s.entity.get(e.key, e.wikidata)!.id;
      ids.set(e.localId, id);
      s.articleEntity.run(article, e.localId, id, e.type, e.name, e.country, e.sector, e.cameo, e.offices);
    }
    const idOf = (local: string | null) => (local === null ? null : (ids.get(local) ?? null));
    for (const m of r.mentions) s.mention.run(article, idOf(m.entity), m.start, m.end, m.text, m.kind);
    for (const c of r.nameChecks) s.nameCheck.run(article, idOf(c.entity), c.start, c.end, c.surface, c.wrong, c.right, c.kind, c.why, c.confidence);
    for (const q of r.quotes) s.quote.run(article, q.start, q.end, q.text, q.kind, idOf(q.speaker), idOf(q.channel), q.cue, q.confidence);
    for (const e of r.events) {
      const { sources, targets, ...row } = e;
      const event = Number(s.event.run({ ...row, article, placeEntity: idOf(e.placeEntity) }).lastInsertRowid);
      for (const a of sources) { const id = idOf(a); if (id !== null) s.eventActor.run(event, 'source', id); }
      for (const a of targets) { const id = idOf(a); if (id !== null) s.eventActor.run(event, 'target', id); }
    }
    for (const id of touched) s.dropOrphan.run(id, id);
    return older.length > 0 ? 'replaced' : 'inserted';
  }

  indexPending(): number {
    const db = this.db;
    const run = db.transaction(() => {
      const n = (db.prepare('SELECT count(*) AS n FROM articles_fts_pending').get() as { n: number }).n;
      db.exec(`INSERT INTO articles_fts(rowid, title, text) SELECT a.seq, a.title, a.text FROM articles_fts_pending p JOIN articles a ON a.seq = p.seq ORDER BY p.seq;
               DELETE FROM articles_fts_pending;
               INSERT INTO quotes_fts(rowid, text) SELECT q.id, q.text FROM quotes_fts_pending p JOIN quotes q ON q.id = p.id ORDER BY p.id;
               DELETE FROM quotes_fts_pending;`);
      return n;
    });
    try {
      return (run as unknown as { immediate: () => number }).immediate();
    } catch (e) {
      throw storeError(e, this.location, 'cannot update the full-text index');
    }
  }

  stats(): StoreStats {
    const count = (sql: string) => (this.db.prepare<[], { n: number }>(sql).get()?.n ?? 0);
    // One read transaction: the counts are of one state even while an ingest writes.
    return this.db.transaction(() => ({
      articles: count('SELECT count(*) AS n FROM articles'),
      entities: count('SELECT count(*) AS n FROM entities'),
      mentions: count('SELECT count(*) AS n FROM mentions'),
      quotes: count('SELECT count(*) AS n FROM quotes'),
      events: count('SELECT count(*) AS n FROM events'),
      eventClusters: count(`SELECT count(*) AS n FROM (${CLUSTER_STARTS}) WHERE starts = 1`),
      nameChecks: count('SELECT count(*) AS n FROM name_checks'),
    }))();
  }

  *articles(): IterableIterator<StoredArticle> {
    const rows = this.db
      .prepare<[], { id: string; ext_id: string | null; url: string | null; title: string | null; date: string | null; source: string | null; origin: string; ingested_at: string; text: string; analysis: Buffer }>(
        'SELECT id, ext_id, url, title, date, source, origin, ingested_at, text, analysis FROM articles ORDER BY seq')
      .iterate();
    for (const r of rows) {
      yield {
        hash: r.id, extId: r.ext_id, url: r.url, title: r.title, date: r.date, source: r.source, origin: r.origin,
        ingestedAt: r.ingested_at, analysis: unpackAnalysis(r.analysis, r.text),
      };
    }
  }

  *eventClusters(): IterableIterator<EventCluster> {
    const rows = this.db
      .prepare<[], { key: string; start: string | null; end: string | null; numMentions: number; numArticles: number; numSources: number }>(`
        WITH s AS (${CLUSTER_STARTS}),
             c AS (SELECT s.*, SUM(starts) OVER (PARTITION BY cluster_key ORDER BY date_start, id ROWS UNBOUNDED PRECEDING) AS n FROM s)
        SELECT c.cluster_key AS key, min(c.date_start) AS start, max(coalesce(c.date_end, c.date_start)) AS end,
               count(*) AS numMentions, count(DISTINCT c.article) AS numArticles, count(DISTINCT a.source) AS numSources
        FROM c JOIN articles a ON a.seq = c.article
        GROUP BY c.cluster_key, c.n
        ORDER BY start, key`)
      .iterate();
    yield* rows;
  }

  /** Events, actors, quotes, name checks or articles (full-text search) matching the filter, streamed. */
  query(kind: QueryKind, filter: QueryFilter = {}): IterableIterator<Record<string, string | number | null>> {
    return query(this.db, kind, filter);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** An SQLite failure (busy, disk full, read-only file, corruption) as E_STORE, with the store's path; ours pass through. */
function storeError(e: unknown, location: string, doing: string): AttacheError {
  if (e instanceof AttacheError) return e;
  const code = (e as { code?: unknown }).code;
  const why = e instanceof Error ? e.message : String(e);
  return new AttacheError('E_STORE', `${location}: ${doing} (${typeof code === 'string' ? `${code}: ` : ''}${why})`, { origin: location });
}

/** Opens (creating and migrating if need be) the SQLite store at path. */
export function openStore(path: string = DEFAULT_DB, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}

/**
 * Articles committed so far in the store at path, read beside a writer (WAL lets a reader in); 0 before the
 * file exists or is migrated. For tests and benchmarks that watch an ingest from outside.
 */
export function committedArticles(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const conn = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}
