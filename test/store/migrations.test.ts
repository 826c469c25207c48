import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { currentVersion, migrate, MIGRATIONS, openStore, STORE_SCHEMA_VERSION, type Migration } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

describe('store migrations', () => {
  it('bring an empty database to the newest version, once', () => {
    const db = new Database(':memory:');
    assert.equal(currentVersion(db), 0);
    assert.deepEqual(migrate(db), MIGRATIONS.map((m) => m.version));
    assert.equal(currentVersion(db), STORE_SCHEMA_VERSION);
    assert.deepEqual(migrate(db), []);
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    for (const t of ['articles', 'entities', 'article_entities', 'mentions', 'name_checks', 'quotes', 'events', 'event_actors', 'articles_fts', 'quotes_fts', 'articles_fts_pending', 'quotes_fts_pending', 'schema_version']) {
      assert.ok(tables.has(t), t);
    }
    db.close();
  });
  it('apply each migration in a transaction: a failing one leaves the version before it', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [...MIGRATIONS, { version: 999, name: 'broken', sql: 'CREATE TABLE later (x); SELECT * FROM no_such_table;' }];
    assert.throws(() => migrate(db, broken));
    assert.equal(currentVersion(db), STORE_SCHEMA_VERSION);
    assert.equal((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'later'").get() as { n: number }).n, 0);
    db.close();
  });
  it('keep a version-1 store searchable: what it indexed stays indexed and is removed from the index on replacement', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(`INSERT INTO articles(id, title, text, origin, format, schema, analysis, ingested_at) VALUES ('h1', 'Talks', 'Motegi met Blinken', 'test', 'text', 's', x'00', 'now')`).run();
    migrate(db);
    const hits = () => (db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Motegi'").all() as unknown[]).length;
    assert.equal(hits(), 1);
    db.prepare("DELETE FROM articles WHERE id = 'h1'").run();
    assert.equal(hits(), 0);
    db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
    db.close();
  });
  it('refuse a store newer than the build', () => {
    const path = join(tempDir(), 'newer.db');
    openStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_version(version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    assert.throws(() => openStore(path), /newer than this build/);
  });
  it('open in WAL mode', () => {
    const store = openStore(join(tempDir(), 'wal.db'));
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    store.close();
  });
});
