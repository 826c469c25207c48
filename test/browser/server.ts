/**
 * `attache serve` in-process for the browser tests: buildServer over a store the test ingests from
 * test/fixtures (the reference article, the 40 State Department releases and a hostile article),
 * serving the built UI (dist/ui) under the server's own Content-Security-Policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Analyzer } from '../../src/analyze.js';
import { buildServer } from '../../src/server/index.js';
import { ingest, inlinePool, openStore, type SqliteStore } from '../../src/store/index.js';
import { fixtureRecords } from './fixture-docs.js';

export const UI_DIR = fileURLToPath(new URL('../../ui/', import.meta.url));

export interface RunningServer { readonly url: string; readonly store: SqliteStore; close(): Promise<void> }

/** Serves an existing store (the corpus screenshots) or, when `records` are given, a new one ingested from them. */
export async function startServer(analyzer: Analyzer, options: { records?: readonly object[]; db?: string } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-ui-'));
  const store = openStore(options.db ?? join(dir, 'ui.db'));
  if (options.records) {
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${options.records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const summary = await ingest({ store, pool: inlinePool(analyzer), paths: [input], cwd: dir, stdin: Readable.from([]), maxBytes: 10 * 1024 * 1024 });
    if (summary.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.errors)}`);
  }
  const app: FastifyInstance = await buildServer({ store, analyzer, token: null, uiDir: UI_DIR, rateLimit: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `${address}/`,
    store,
    close: async () => { await app.close(); store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

export { fixtureRecords };
