import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { inlinePool, openStore, workerPool, type DocumentPool, type SqliteStore } from '../../src/store/index.js';
import { sharedAnalyzer } from '../helpers.js';
import { REFERENCE, auth, server } from './helpers.js';

/** /analyze, /check and /ingest run on the server's pool: worker threads under `attache serve`, this thread in tests. */

/** The inline pool, held at the door of analyze() until the test lets each call through. */
function gatedPool(): { pool: DocumentPool; entered: Promise<void>; release: () => void } {
  const inner = inlinePool(sharedAnalyzer());
  let enter!: () => void;
  let release!: () => void;
  const entered = new Promise<void>((r) => (enter = r));
  const gate = new Promise<void>((r) => (release = r));
  return {
    entered,
    release,
    pool: {
      ...inner,
      analyze: async (input) => {
        enter();
        await gate;
        return inner.analyze(input);
      },
    },
  };
}

const json = { 'content-type': 'application/json' };
const article = (text: string) => JSON.stringify({ text, date: '2021-03-16' });

describe('the pipeline on the pool', () => {
  for (const route of ['/api/v1/analyze', '/api/v1/check']) {
    // The timeout only turns a route that never asks the pool (the gate never opens) into a failure, not a hang.
    it(`${route} waits on the pool, and the server answers other requests meanwhile`, { timeout: 120_000 }, async () => {
      const store = openStore(':memory:');
      const gated = gatedPool();
      const app = await server(store, { pool: gated.pool });
      try {
        let settled = false;
        const analysing = app.inject({ method: 'POST', url: route, headers: json, payload: article(REFERENCE.text) }).then((r) => {
          settled = true;
          return r;
        });
        await gated.entered;
        const health = await app.inject({ url: '/api/v1/health' });
        assert.equal(health.statusCode, 200);
        assert.equal(settled, false, 'the health check was answered while the article waited on the pool');
        gated.release();
        const r = await analysing;
        assert.equal(r.statusCode, 200, r.body);
        const body = JSON.parse(r.body) as { entities?: unknown[]; checks?: { wrong: string }[] };
        if (route.endsWith('analyze')) assert.ok(body.entities!.length > 0);
        else assert.ok(body.checks!.some((c) => c.wrong === 'John'));
      } finally {
        await app.close();
        store.close();
      }
    });
  }
});

describe('on worker threads', () => {
  let store: SqliteStore;
  let pool: DocumentPool;
  let onWorkers: FastifyInstance;
  let inThread: FastifyInstance;

  before(async () => {
    store = openStore(':memory:');
    pool = workerPool(1);
    onWorkers = await server(store, { pool });
    inThread = await server(store);
  });
  after(async () => {
    await onWorkers.close();
    await inThread.close();
    await pool.close();
    store.close();
  });

  it('/analyze and /check answer what the server\'s own thread answers', async () => {
    for (const url of ['/api/v1/analyze', '/api/v1/check', '/api/v1/analyze?date=2021-03-16']) {
      const body = url.includes('?') ? { headers: { 'content-type': 'text/plain' }, payload: REFERENCE.text } : { headers: json, payload: article(REFERENCE.text) };
      const worker = await onWorkers.inject({ method: 'POST', url, ...body });
      const local = await inThread.inject({ method: 'POST', url, ...body });
      assert.equal(worker.statusCode, 200, worker.body);
      assert.equal(worker.body, local.body, url);
    }
    const checks = (JSON.parse((await onWorkers.inject({ method: 'POST', url: '/api/v1/check', headers: json, payload: article(REFERENCE.text) })).body) as { checks: { wrong: string }[] }).checks;
    assert.ok(checks.some((c) => c.wrong === 'John'));
  });

  it('an analysis error in a worker is the same problem as in this thread', async () => {
    const page = { headers: { 'content-type': 'text/html' }, payload: '<html><body><script>x()</script></body></html>' };
    const worker = await onWorkers.inject({ method: 'POST', url: '/api/v1/analyze', ...page });
    const local = await inThread.inject({ method: 'POST', url: '/api/v1/analyze', ...page });
    assert.equal(local.statusCode, 422);
    assert.equal(worker.statusCode, local.statusCode);
    assert.deepEqual(JSON.parse(worker.body), JSON.parse(local.body));
  });

  // With colliding job ids a request's answer went to another and it never settled: the timeout makes that a failure.
  it('concurrent requests each get their own answer (job ids repeat across requests; the pool numbers its messages)', { timeout: 120_000 }, async () => {
    const texts = ['Japanese Prime Minister Yoshihide Suga met Joe Biden in Washington.', 'Angela Merkel spoke in Berlin on Monday.', 'Emmanuel Macron visited Rome.'];
    const docs = await Promise.all(texts.map((t) => onWorkers.inject({ method: 'POST', url: '/api/v1/analyze', headers: json, payload: article(t) })));
    assert.deepEqual(docs.map((d) => (JSON.parse(d.body) as { text: string }).text), texts);
    // Each /ingest numbers its articles from 0: two at once used to give the worker the same job id twice.
    const ingests = await Promise.all(texts.map((t) => onWorkers.inject({
      method: 'POST', url: '/api/v1/ingest', headers: { ...json, ...auth }, payload: JSON.stringify({ articles: [{ text: t, date: '2021-03-16' }] }),
    })));
    for (const [i, r] of ingests.entries()) {
      assert.equal(r.statusCode, 200, r.body);
      const [result] = (JSON.parse(r.body) as { results: { id: string; outcome: string }[] }).results;
      assert.equal(result!.outcome, 'inserted');
      assert.ok(store.hasArticle(result!.id));
      assert.equal([...store.articles()].find((a) => a.hash === result!.id)?.analysis.text, texts[i]);
    }
  });
});
