import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/index.js';
import { ingest, inlinePool, openStore, type SqliteStore } from '../../src/store/index.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';
import { stateDeptLines, tempDir } from '../store/helpers.js';

export const TOKEN = 'test-token-0123456789';

/** The reference article as a JSONL record: it holds the name checks (John Blinken, Prime Minister Kan). */
export const REFERENCE = { id: 'us-japan-2021-03-16', date: '2021-03-16', text: readFixture('us-japan-2021-03-16', 'article.txt') };

/**
 * A small store for one test file, built by the ingest from the fixtures: the first 16 State Department
 * records and the reference article. In a file (not :memory:), so /export gets its own connection.
 */
export async function fixtureStore(): Promise<SqliteStore> {
  const dir = tempDir('attache-server-');
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, `${[...stateDeptLines(16), JSON.stringify(REFERENCE)].join('\n')}\n`);
  const store = openStore(join(dir, 'api.db'));
  const summary = await ingest({ store, pool: inlinePool(sharedAnalyzer()), paths: [input], cwd: dir, stdin: Readable.from([]), maxBytes: 10 * 1024 * 1024 });
  if (summary.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.errors)}`);
  return store;
}

/** A server over the store with the shared analyzer, no UI build and, unless asked, no rate limit. */
export function server(store: SqliteStore, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ store, analyzer: sharedAnalyzer(), token: TOKEN, uiDir: null, rateLimit: false, ...options });
}

export const auth = { authorization: `Bearer ${TOKEN}` };
