import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/index.js';
import type { SqliteStore } from '../../src/store/index.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';
import { ingestRecords, stateDeptLines, tempDir } from '../store/helpers.js';

export const TOKEN = 'test-token-0123456789';

/** The reference article as a JSONL record: it holds the name checks (John Blinken, Prime Minister Kan). */
export const REFERENCE = { id: 'us-japan-2021-03-16', date: '2021-03-16', text: readFixture('us-japan-2021-03-16', 'article.txt') };

/**
 * A small store for one test file, built by the ingest from the fixtures: the first 16 State Department
 * records and the reference article. In a file (not :memory:), so /export gets its own connection.
 */
export async function fixtureStore(): Promise<SqliteStore> {
  const { store, summary } = await ingestRecords(join(tempDir('attache-server-'), 'api.db'), [...stateDeptLines(16), REFERENCE]);
  if (summary.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.errors)}`);
  return store;
}

/** A server over the store with the shared analyzer, no UI build and, unless asked, no rate limit. */
export function server(store: SqliteStore, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ store, analyzer: sharedAnalyzer(), token: TOKEN, uiDir: null, rateLimit: false, ...options });
}

export const auth = { authorization: `Bearer ${TOKEN}` };
