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
