import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { ingest, inlinePool, openStore, type IngestSummary, type SqliteStore } from '../../src/store/index.js';
import { fixturePath, sharedAnalyzer } from '../helpers.js';

/** A fresh folder for one test file's databases. */
export function tempDir(prefix = 'attache-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const STATE_DEPT_40 = fixturePath('state-dept', 'press-releases-40.jsonl');

/** The first n records of the State Department fixture, as JSONL text. */
export function stateDeptLines(n: number): string[] {
  return readFileSync(STATE_DEPT_40, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n);
}

/** A small corpus for query tests: two reports of one meeting, and an unrelated article with a quote. */
export const MEETING_ARTICLES = [
  { id: 'tokyo-1', date: '2021-03-16', url: 'https://one.example/tokyo', text: 'Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Tuesday.' },
  { id: 'tokyo-2', date: '2021-03-16', url: 'https://two.example/tokyo', text: 'Talks in Tokyo. Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Tuesday.' },
  { id: 'paris', date: '2021-06-01', url: 'https://one.example/paris', text: 'French President Emmanuel Macron said: "We will defend the climate agreement." He spoke in Paris on Tuesday.' },
] as const;

/** Records (or JSONL lines) written to a file beside the database and ingested, as `attache ingest` does, on this thread. */
export async function ingestRecords(db: string, records: readonly (object | string)[]): Promise<{ store: SqliteStore; summary: IngestSummary }> {
  const dir = dirname(db);
  const input = join(dir, `${basename(db)}.input.jsonl`);
  writeFileSync(input, `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`);
  const store = openStore(db);
  const summary = await ingest({ store, pool: inlinePool(sharedAnalyzer()), paths: [input], cwd: dir, stdin: Readable.from([]), maxBytes: 10 * 1024 * 1024 });
  return { store, summary };
}
