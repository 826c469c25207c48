import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { SCHEMA_SQL } from '../store/schema.js';
import { LayerWriter } from '../store/writer.js';

/**
 * Runs an import against the user KB inside one transaction: if the work throws,
 * nothing it wrote stays, and a user KB file the import created is removed again.
 */
export async function withUserKb<T>(path: string, work: (writer: LayerWriter, db: Database.Database) => Promise<T>): Promise<T> {
  const existed = existsSync(path);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  let ok = false;
  try {
    db.pragma('journal_mode = DELETE');
    // Async input (streams) means better-sqlite3's transaction() helper cannot wrap it;
    // BEGIN/COMMIT by hand, with ROLLBACK on any failure. Even the schema is inside.
    db.exec('BEGIN IMMEDIATE');
    db.exec(SCHEMA_SQL);
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('kind', 'user')").run();
    const result = await work(new LayerWriter(db), db);
    db.exec('COMMIT');
    ok = true;
    return result;
  } finally {
    if (!ok && db.inTransaction) db.exec('ROLLBACK');
    db.close();
    if (!ok && !existed) rmSync(path, { force: true });
  }
}

/**
 * Drops what an earlier import of the same file brought (its terms, names and
 * actors), so importing a newer version of a file replaces the old one instead of
 * piling up beside it. Runs inside the import's transaction.
 */
export function forgetSource(db: Database.Database, source: string): void {
  db.prepare('DELETE FROM occupancies WHERE source = ?').run(source);
  db.prepare('DELETE FROM person_names WHERE source = ?').run(source);
  db.prepare('DELETE FROM actor_names WHERE actor_id IN (SELECT id FROM actors WHERE source = ?)').run(source);
  db.prepare('DELETE FROM actors WHERE source = ?').run(source);
}
