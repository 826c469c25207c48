import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { analysisValidator } from '../../src/output/validate.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { cli, fixturePath, readFixture, sharedAnalyzer } from '../helpers.js';
import { stateDeptLines } from '../store/helpers.js';
import { REFERENCE, TOKEN, auth, server } from './helpers.js';

let store: SqliteStore;
let app: FastifyInstance;

before(async () => {
  store = openStore(':memory:');
  app = await server(store, { limits: { ingestArticles: 3 } });
});
after(async () => {
  await app.close();
  store.close();
});

type Json = Record<string, unknown>;
const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: 'POST', url, payload: payload as string, headers });
  return { status: r.statusCode, type: String(r.headers['content-type'] ?? ''), body: JSON.parse(r.body) as Json, headers: r.headers };
};

/** Two State Department records as article bodies for the API. */
const records = stateDeptLines(2).map((l) => {
  const r = JSON.parse(l) as { id: string; url: string; title: string; published: string; text: string };
  return { ...(r.id ? { id: r.id } : {}), url: r.url, title: r.title, date: r.published.slice(0, 10), text: r.text };
});

describe('POST /analyze and /check', () => {
  it('/analyze answers the analysis document the library makes, valid against the schema, and stores nothing', async () => {
    const r = await post('/api/v1/analyze', { text: REFERENCE.text, date: REFERENCE.date });
    assert.equal(r.status, 200);
    const v = analysisValidator()(r.body);
    assert.ok(v.valid, v.errors.slice(0, 3).join('; '));
    const direct = sharedAnalyzer().analyze({ text: REFERENCE.text, date: REFERENCE.date, origin: '<request>', format: 'text' });
    assert.deepEqual(r.body, JSON.parse(JSON.stringify(direct)));
    assert.equal(r.body.dateSource, 'input');
    assert.equal(store.stats().articles, 0);
  });

  it('/analyze reads a raw text/plain or text/html body, ?date= giving its date', async () => {
    const text = await app.inject({ method: 'POST', url: '/api/v1/analyze?date=2021-03-16', payload: REFERENCE.text, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    assert.equal(text.statusCode, 200);
    const doc = JSON.parse(text.body) as Json;
    assert.equal(doc.date, '2021-03-16');
    assert.equal(doc.format, 'text');
    assert.ok((doc.events as unknown[]).length > 0);
    const html = await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: readFixture('us-japan-2021-03-16', 'page.html'), headers: { 'content-type': 'text/html' } });
    assert.equal(html.statusCode, 200);
    assert.equal((JSON.parse(html.body) as Json).format, 'html');
  });

  it('/analyze refuses unknown fields, bad dates, both or neither of text and html, and empty text with 400', async () => {
    for (const [body, path] of [
      [{ text: 'Blinken met Motegi.', author: 'x' }, 'body.author'],
      [{ text: 'Blinken met Motegi.', date: '2021-13-01' }, 'body.date'],
      [{ text: 'Blinken met Motegi.', date: '16 March 2021' }, 'body.date'],
      [{ text: 'a', html: '<p>a</p>' }, 'body'],
      [{ title: 'no text' }, 'body'],
      [{ text: 42 }, 'body.text'],
      [{ text: '   ' }, 'body'],
    ] as const) {
      const r = await post('/api/v1/analyze', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(r.type, /^application\/problem\+json/);
      assert.equal((r.body.errors as { path: string }[])[0]!.path, path, JSON.stringify(body));
    }
    const badQuery = await post('/api/v1/analyze?lang=en', { text: 'Blinken met Motegi.' });
    assert.equal(badQuery.status, 400);
  });

  it('/analyze answers a media type it cannot read with 415', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: 'text=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(r.statusCode, 415);
    assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  });

  it('/check answers the objects attache check --format json prints (without the file)', async () => {
    const r = await post('/api/v1/check', { text: REFERENCE.text, date: REFERENCE.date });
    assert.equal(r.status, 200);
    assert.equal(r.body.date, '2021-03-16');
    const checks = r.body.checks as Json[];
    assert.ok(checks.some((c) => c.wrong === 'John' && c.right === 'Antony'));
    assert.ok(checks.some((c) => c.wrong === 'Kan' && c.right === 'Suga'));
    const fromCli = await cli(['check', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-03-16', '--format', 'json']);
    assert.equal(fromCli.code, 0);
    const expected = (JSON.parse(fromCli.stdout) as Json[]).map(({ file: _file, id: _id, ...rest }) => rest);
    assert.deepEqual(checks.map(({ id: _id, ...rest }) => rest), expected);
    assert.ok(!(r.body.warnings as Json[]).some((w) => w.code === 'W_NO_DATE_CHECK'));
  });

  it('/check on an article with no date says so: no name is checked against an office', async () => {
    const r = await post('/api/v1/check', { text: REFERENCE.text });
    assert.equal(r.status, 200);
    assert.equal(r.body.date, null);
    assert.deepEqual(r.body.checks, []);
    assert.ok((r.body.warnings as Json[]).some((w) => w.code === 'W_NO_DATE_CHECK'), JSON.stringify(r.body.warnings));
  });
});

describe('POST /ingest', () => {
  it('needs the token: 401 with a Bearer challenge without it or with a wrong one, and stores nothing', async () => {
    const none = await post('/api/v1/ingest', { articles: [records[0]] });
    assert.equal(none.status, 401);
    assert.match(none.type, /^application\/problem\+json/);
    assert.equal(none.headers['www-authenticate'], 'Bearer realm="attache"');
    const wrong = await post('/api/v1/ingest', { articles: [records[0]] }, { authorization: `Bearer ${TOKEN.replace(/.$/, 'x')}` });
    assert.equal(wrong.status, 401);
    assert.match(String(wrong.headers['www-authenticate']), /error="invalid_token"/);
    assert.equal(store.stats().articles, 0);
  });

  it('stores articles as the ingest does: inserted, then unchanged; searchable at once; a new text under an id replaces', async () => {
    const before = await app.inject({ url: '/api/v1/articles' });
    assert.equal((JSON.parse(before.body) as { items: unknown[] }).items.length, 0);
    const first = await post('/api/v1/ingest', { articles: records }, auth);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const results = first.body.results as { index: number; id: string; outcome: string }[];
    assert.deepEqual(results.map((x) => [x.index, x.outcome]), [[0, 'inserted'], [1, 'inserted']]);
    assert.equal(store.stats().articles, 2);
    const listed = await app.inject({ url: '/api/v1/articles' });
    assert.equal((JSON.parse(listed.body) as { items: unknown[] }).items.length, 2, 'no answer kept from before the write');
    const stored = await app.inject({ url: `/api/v1/articles/${encodeURIComponent(results[0]!.id)}` });
    assert.equal(stored.statusCode, 200);
    assert.equal((JSON.parse(stored.body) as { article: { source: string } }).article.source, 'state.gov');
    const again = await post('/api/v1/ingest', { articles: records }, auth);
    assert.deepEqual((again.body.results as { outcome: string }[]).map((x) => x.outcome), ['unchanged', 'unchanged']);
    const search = await app.inject({ url: '/api/v1/search?q=Greenland' });
    assert.ok((JSON.parse(search.body) as { items: unknown[] }).items.length > 0, 'indexed for full-text search');

    const v1 = await post('/api/v1/ingest', { articles: [{ id: 'note-1', date: '2021-03-16', source: 'Wire', text: 'Secretary Blinken met Foreign Minister Motegi in Tokyo.' }] }, auth);
    assert.equal((v1.body.results as { outcome: string }[])[0]!.outcome, 'inserted');
    const v2 = await post('/api/v1/ingest', { articles: [{ id: 'note-1', date: '2021-03-16', text: 'Secretary Blinken met Defense Minister Kishi in Tokyo.' }] }, auth);
    assert.equal((v2.body.results as { outcome: string }[])[0]!.outcome, 'replaced');
    assert.equal(store.stats().articles, 3);
  });

  it('reports an unusable article in its place and stores the rest; more articles than the limit is a 400', async () => {
    const r = await post('/api/v1/ingest', { articles: [{ title: 'no text' }, { text: 'Foreign Minister Motegi spoke with Secretary Blinken on Monday.', date: '2021-03-15' }] }, auth);
    assert.equal(r.status, 200);
    const [bad, good] = r.body.results as { index: number; error?: { code: string }; outcome?: string }[];
    assert.equal(bad!.index, 0);
    assert.equal(bad!.error!.code, 'E_VALIDATION');
    assert.equal(good!.outcome, 'inserted');
    const many = await post('/api/v1/ingest', { articles: [records[0], records[1], records[0], records[1]] }, auth);
    assert.equal(many.status, 400);
    assert.equal((many.body.errors as { path: string }[])[0]!.path, 'body.articles');
    const unknown = await post('/api/v1/ingest', { articles: [{ ...records[0], lang: 'en' }] }, auth);
    assert.equal(unknown.status, 400);
    assert.equal((unknown.body.errors as { path: string }[])[0]!.path, 'body.articles.0.lang');
  });

  it('refuses writes on a server with no token, saying how to allow them', async () => {
    const open = await server(store, { token: null });
    try {
      const r = await open.inject({ method: 'POST', url: '/api/v1/ingest', payload: { articles: [records[0]] }, headers: auth });
      assert.equal(r.statusCode, 401);
      assert.match((JSON.parse(r.body) as { detail: string }).detail, /--token or ATTACHE_TOKEN/);
    } finally {
      await open.close();
    }
  });
});
