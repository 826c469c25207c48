import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { KB_FILES, CC_BY_SA_DIR, ENAMDICT_READINGS_FILE, actorFromLine, occupancyFromLine, type ActorLine, type CountryRecord, type OccupancyLine, type PersonRecord, type PostRecord, type ReadingLine } from '../records.js';
import { readJsonl } from './jsonl.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';
import { LayerWriter } from './writer.js';

/**
 * The bundled KB is committed as JSONL (diffable) and compiled once into an SQLite
 * index, which later opens in milliseconds. The index sits beside the data
 * (gitignored) or, where that folder is read-only, in the temp folder; it is
 * rebuilt when the data files or the schema change.
 */

const DATA_FILES = [
  KB_FILES.countries, KB_FILES.persons, KB_FILES.posts, KB_FILES.occupancies, KB_FILES.actors,
  join(CC_BY_SA_DIR, KB_FILES.persons), join(CC_BY_SA_DIR, KB_FILES.posts), join(CC_BY_SA_DIR, KB_FILES.occupancies),
  ENAMDICT_READINGS_FILE,
];

/** A cheap fingerprint of the data files: names, sizes and modification times, and the schema version. */
export function dataFingerprint(dataDir: string): string {
  const parts: string[] = [`schema=${SCHEMA_VERSION}`];
  for (const f of DATA_FILES) {
    const p = join(dataDir, f);
    if (!existsSync(p)) continue;
    const st = statSync(p);
    parts.push(`${f}:${st.size}:${Math.floor(st.mtimeMs)}`);
  }
  return parts.join('|');
}

function readFingerprint(path: string): string | null {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'fingerprint'").get();
      return row?.value ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The path of an up-to-date index for the data in dataDir, compiling it first if needed. */
export function ensureCompiled(dataDir: string, cachePath?: string): string {
  if (!existsSync(join(dataDir, KB_FILES.persons))) {
    throw new Error(`no knowledge base data in ${dataDir} (run 'npm run kb:build')`);
  }
  const fingerprint = dataFingerprint(dataDir);
  const candidates = cachePath ? [cachePath] : [join(dataDir, 'kb.cache.db'), join(tmpdir(), `attache-kb-${hashString(dataDir)}.db`)];
  for (const path of candidates) {
    if (existsSync(path) && readFingerprint(path) === fingerprint) return path;
  }
  let lastError: unknown;
  for (const path of candidates) {
    try {
      // Parallel test files open the KB at once: one compiles, the others wait for it.
      const done = withCompileLock(path, () => (existsSync(path) && readFingerprint(path) === fingerprint ? true : (compileTo(dataDir, path, fingerprint), true)));
      if (done) return path;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

function compileTo(dataDir: string, path: string, fingerprint: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // Written under a private name and renamed, so a reader never sees half an index
  // and two processes compiling at once do not collide.
  // Ends in .db so the repository's ignore rules cover a leftover from a crash.
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp.db`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA_SQL);
    const w = new LayerWriter(db, true);
    db.transaction(() => {
      for (const c of readJsonl<CountryRecord>(join(dataDir, KB_FILES.countries))) w.country(c);
      for (const dir of ['', CC_BY_SA_DIR]) {
        for (const p of readJsonl<PersonRecord>(join(dataDir, dir, KB_FILES.persons))) w.person(p);
        for (const p of readJsonl<PostRecord>(join(dataDir, dir, KB_FILES.posts))) w.post(p);
        for (const o of readJsonl<OccupancyLine>(join(dataDir, dir, KB_FILES.occupancies))) w.occupancy(occupancyFromLine(o));
      }
      for (const a of readJsonl<ActorLine>(join(dataDir, KB_FILES.actors))) w.actor(actorFromLine(a));
      for (const [person, reading] of readJsonl<ReadingLine>(join(dataDir, ENAMDICT_READINGS_FILE))) w.reading(person, reading);
      w.setMeta('fingerprint', fingerprint);
      w.setMeta('kind', 'bundled');
    })();
    db.exec('ANALYZE');
    db.close();
    renameSync(tmp, path);
  } catch (e) {
    try {
      db.close();
    } catch {
      /* already closed */
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}

const LOCK_STALE_MS = 120_000;

/** Runs work under an exclusive lock file beside path, waiting (synchronously) while another process holds it. */
function withCompileLock<T>(path: string, work: () => T): T {
  mkdirSync(dirname(path), { recursive: true });
  // Named .db so the ignore rules cover one left by a crash (it goes stale after two minutes).
  const lock = `${path}-lock.db`;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > LOCK_STALE_MS || Date.now() - started > LOCK_STALE_MS) {
        rmSync(lock, { force: true });
        continue;
      }
      Atomics.wait(sleeper, 0, 0, 100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function hashString(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
