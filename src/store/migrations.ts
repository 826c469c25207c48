import type Database from 'better-sqlite3';
import { AttacheError } from '../errors.js';

/** One step of the store's schema; applied in order, each in its own transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The store's schema, oldest first. Never edit a migration that has shipped: add
 * the next one. `schema_version` records each one applied, with when.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, entities, mentions, name checks, quotes, events; FTS5 over article text and quotes',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,            -- the row's number: FTS rowid and every child table's key
        id TEXT NOT NULL UNIQUE,            -- 'sha256:<hex>' of the normalised title and text (content-hash.ts)
        ext_id TEXT,                        -- the input's own id: a JSONL record's id, or a file's absolute path
        url TEXT,
        title TEXT,
        date TEXT,                          -- the analysis' article date (YYYY-MM-DD) or NULL
        date_source TEXT,
        source TEXT,                        -- the outlet: the URL's host name, or NULL
        origin TEXT NOT NULL,               -- where it was last read from (FILE or FILE:LINE)
        format TEXT NOT NULL,
        schema TEXT NOT NULL,               -- the analysis document's schema id
        text TEXT NOT NULL,
        analysis BLOB NOT NULL,             -- the analysis document as deflated JSON, its 'text' set to null
        ingested_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_ext_id ON articles(ext_id) WHERE ext_id IS NOT NULL;
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_date ON articles(date);

      -- Actors across articles: key is the Wikidata id, else the KB id, else 'name:<normalised name>'.
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        wikidata TEXT
      );
      -- What one article says of an actor (its name, type, codes and offices on the article's date).
      CREATE TABLE article_entities (
        article INTEGER NOT NULL,
        local_id TEXT NOT NULL,             -- 'e1', 'e2', … in the analysis
        entity INTEGER NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        cameo TEXT,
        offices TEXT NOT NULL,              -- JSON array of {post, country, start, end}
        PRIMARY KEY (article, local_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_entity ON article_entities(entity);
      CREATE INDEX article_entities_country ON article_entities(country);

      CREATE TABLE mentions (
        article INTEGER NOT NULL,
        entity INTEGER,                     -- NULL for pronouns and titles no actor was found for
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL
      );
      CREATE INDEX mentions_article ON mentions(article);
      CREATE INDEX mentions_entity ON mentions(entity);

      CREATE TABLE name_checks (
        article INTEGER NOT NULL,
        entity INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        surface TEXT NOT NULL,
        wrong TEXT NOT NULL,
        right TEXT NOT NULL,
        kind TEXT NOT NULL,
        why TEXT NOT NULL,
        confidence REAL NOT NULL
      );
      CREATE INDEX name_checks_article ON name_checks(article);
      CREATE INDEX name_checks_entity ON name_checks(entity);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker INTEGER,
        channel INTEGER,
        cue TEXT,
        confidence REAL NOT NULL
      );
      CREATE INDEX quotes_article ON quotes(article);
      CREATE INDEX quotes_speaker ON quotes(speaker);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL,
        local_id TEXT NOT NULL,             -- 'ev1', … in the analysis
        plover_type TEXT NOT NULL,
        plover_mode TEXT,
        plover_context TEXT NOT NULL,       -- JSON array
        cameo_code TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL,
        source_code TEXT,                   -- CAMEO actor codes
        target_code TEXT,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        place_name TEXT,
        place_country TEXT,
        place_entity INTEGER,
        modality TEXT NOT NULL,
        evidence TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        confidence REAL NOT NULL,
        cluster_key TEXT NOT NULL           -- type, actors and place: see clusters.ts
      );
      CREATE INDEX events_article ON events(article);
      CREATE INDEX events_cluster ON events(cluster_key, date_start);
      CREATE INDEX events_date ON events(date_start);
      CREATE INDEX events_cameo ON events(cameo_code);

      CREATE TABLE event_actors (
        event INTEGER NOT NULL,
        role TEXT NOT NULL,                 -- 'source' or 'target'
        entity INTEGER NOT NULL,
        PRIMARY KEY (event, role, entity)
      ) WITHOUT ROWID;
      CREATE INDEX event_actors_entity ON event_actors(entity);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'full-text indexing deferred: new articles and quotes wait in *_fts_pending until indexPending() indexes them in one pass',
    sql: `
      -- An ingest indexes what it stored once, at its end, instead of one FTS insert per article inside each batch.
      -- A row is in the FTS index or in its pending table, never both: deleting a pending row must not touch the
      -- index (an external-content FTS5 'delete' of a row it never saw corrupts it).
      CREATE TABLE articles_fts_pending (seq INTEGER PRIMARY KEY);
      CREATE TABLE quotes_fts_pending (id INTEGER PRIMARY KEY);
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER quotes_fts_insert;
      DROP TRIGGER quotes_fts_delete;
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts_pending(seq) VALUES (new.seq);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          SELECT 'delete', old.seq, old.title, old.text WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE seq = old.seq);
        DELETE FROM articles_fts_pending WHERE seq = old.seq;
      END;
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts_pending(id) VALUES (new.id);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text)
          SELECT 'delete', old.id, old.text WHERE NOT EXISTS (SELECT 1 FROM quotes_fts_pending WHERE id = old.id);
        DELETE FROM quotes_fts_pending WHERE id = old.id;
      END;
    `,
  },
];

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The version the database is at (0 for a new file). */
export function currentVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_version').get();
  return row?.v ?? 0;
}

/**
 * Brings the database up to the newest version, each migration in its own
 * transaction (so a crash leaves it at a whole version), and returns the versions applied.
 * A database newer than this build is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  // BEGIN IMMEDIATE: two processes opening a new file at once take turns instead of both migrating.
  const step = db.transaction((m: Migration) => {
    if (currentVersion(db) >= m.version) return;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    applied.push(m.version);
  });
  const at = currentVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (at > newest) throw new AttacheError('E_STORE', `the store is at schema version ${at}, newer than this build of Attaché knows (${newest}); upgrade Attaché`);
  for (const m of migrations) if (m.version > at) step.immediate(m);
  return applied;
}
