import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { EVENT_CSV_COLUMNS, checkGdeltLine, exportLines, openStore, type SqliteStore } from '../../src/store/index.js';
import { TOKEN, fixtureStore, server } from './helpers.js';

let store: SqliteStore;
let app: FastifyInstance;

before(async () => {
  store = await fixtureStore();
  app = await server(store, { limits: { pageMax: 40 } });
});
after(async () => {
  await app.close();
  store.close();
});

type Json = Record<string, unknown>;
async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: Json; raw: string; headers: Record<string, unknown> }> {
  const r = await app.inject({ method: 'GET', url, headers });
  const type = String(r.headers['content-type'] ?? '');
  return { status: r.statusCode, type, raw: r.body, body: /^application\/(problem\+)?json/.test(type) ? (JSON.parse(r.body) as Json) : {}, headers: r.headers };
}

/** Every page of a list route, following next_cursor. */
async function allPages(url: string): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const r = await get(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    assert.equal(r.status, 200, r.raw);
    items.push(...(r.body.items as Json[]));
    cursor = r.body.next_cursor as string | null;
    pages++;
  } while (cursor);
  return { items, pages };
}

/** What an event row of the API has beyond attache query's: its id and its actors' ids. */
const EVENT_IDS = ['id', 'sourceIds', 'targetIds'];
const withoutIds = (row: Json, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

describe('GET list routes', () => {
  it('/events pages through exactly the rows attache query gives, in its order, each with its event and article ids', async () => {
    const expected = [...store.query('events', { limit: 10_000 })];
    assert.ok(expected.length > 12, 'the fixture store has events');
    const { items, pages } = await allPages('/api/v1/events?limit=5');
    assert.equal(pages, Math.ceil(expected.length / 5));
    assert.deepEqual(items.map((i) => withoutIds(i, ...EVENT_IDS)), expected);
    for (const i of items) assert.match(String(i.id), new RegExp(`^${String(i.article)}#ev\\d+$`));
    assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'event ids are unique');
  });

  it('/events applies the attache query filters', async () => {
    const r = await get('/api/v1/events?actor=Blinken&type=CONSULT&from=2021-05-01&limit=40');
    assert.equal(r.status, 200);
    const expected = [...store.query('events', { actor: 'Blinken', type: 'CONSULT', from: '2021-05-01', limit: 40 })];
    assert.ok(expected.length > 0);
    assert.deepEqual((r.body.items as Json[]).map((i) => withoutIds(i, ...EVENT_IDS)), expected);
  });

  it('answers a limit above the cap with the cap, not an error; without limit, the default', async () => {
    const r = await get('/api/v1/events?limit=100000');
    assert.equal(r.status, 200);
    assert.equal((r.body.items as Json[]).length, 40);
    assert.equal(typeof r.body.next_cursor, 'string');
    const d = await get('/api/v1/actors');
    assert.equal((d.body.items as Json[]).length, 40, 'the default (50) capped by this server\'s pageMax (40)');
  });

  it('refuses a cursor from other filters, and a damaged one, with 400', async () => {
    const first = await get('/api/v1/events?limit=2&type=CONSULT');
    const cursor = encodeURIComponent(String(first.body.next_cursor));
    assert.equal((await get(`/api/v1/events?limit=2&type=CONSULT&cursor=${cursor}`)).status, 200);
    const other = await get(`/api/v1/events?limit=2&type=MAKE_STATEMENT&cursor=${cursor}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.code, 'E_CURSOR');
    assert.equal((await get(`/api/v1/quotes?limit=2&cursor=${cursor}`)).status, 400, 'a cursor is bound to its route');
    assert.equal((await get('/api/v1/events?cursor=not-a-cursor')).status, 400);
  });

  it('answers unknown parameters, bad dates and bad values with 400 problem+json naming the parameter', async () => {
    for (const [url, path] of [
      ['/api/v1/events?actr=Blinken', 'query.actr'],
      ['/api/v1/events?from=2021-02-30', 'query.from'],
      ['/api/v1/quotes?to=yesterday', 'query.to'],
      ['/api/v1/actors?country=JAPAN', 'query.country'],
      ['/api/v1/events?limit=0', 'query.limit'],
      ['/api/v1/events?limit=ten', 'query.limit'],
      ['/api/v1/export?format=xml', 'query.format'],
      ['/api/v1/search', 'query.q'],
      ['/api/v1/health?verbose=1', 'query.verbose'],
    ] as const) {
      const r = await get(url);
      assert.equal(r.status, 400, url);
      assert.match(r.type, /^application\/problem\+json/, url);
      assert.equal(r.body.status, 400);
      assert.equal(r.body.type, 'https://attache.dev/problems/E_VALIDATION');
      assert.ok(typeof r.body.title === 'string' && typeof r.body.detail === 'string');
      assert.deepEqual((r.body.errors as { path: string }[]).map((e) => e.path), [path], url);
    }
  });

  it('/articles lists every stored article, newest first, with its counts', async () => {
    const { items } = await allPages('/api/v1/articles?limit=7');
    assert.equal(items.length, store.stats().articles);
    const dates = items.map((i) => String(i.date));
    assert.deepEqual(dates, [...dates].sort().reverse());
    const stored = new Map([...store.articles()].map((a) => [a.hash, a.analysis]));
    for (const i of items) {
      const doc = stored.get(String(i.id))!;
      assert.deepEqual(i.counts, {
        entities: doc.entities.length, events: doc.events.length, quotes: doc.quotes.length,
        nameChecks: doc.entities.reduce((n, e) => n + e.nameChecks.length, 0),
      });
    }
    const greenland = await get('/api/v1/articles?text=Greenland');
    assert.ok((greenland.body.items as Json[]).length > 0);
    assert.ok((greenland.body.items as Json[]).length < items.length);
    assert.equal((await get('/api/v1/articles?text=%22unterminated')).status, 400, 'an FTS5 syntax error is the caller\'s');
  });

  it('/articles/{id} answers the stored article with its whole analysis, and 404 for an unknown id', async () => {
    const a = [...store.articles()][3]!;
    const r = await get(`/api/v1/articles/${encodeURIComponent(a.hash)}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.analysis, JSON.parse(JSON.stringify(a.analysis)));
    assert.deepEqual(r.body.article, { id: a.hash, date: a.date, title: a.title, url: a.url, source: a.source, ingestedAt: a.ingestedAt });
    const missing = await get('/api/v1/articles/sha256%3A0000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'E_NOT_FOUND');
  });

  it('/actors and /actors/{id}: by Wikidata id or store key, with names, the KB record, articles, quotes and events', async () => {
    const list = await get('/api/v1/actors?limit=3');
    const top = (list.body.items as Json[])[0]!;
    assert.equal(top.id, 'Q7821917');
    assert.equal(top.name, 'Antony Blinken');
    const r = await get('/api/v1/actors/Q7821917');
    assert.equal(r.status, 200);
    assert.equal(r.body.key, 'Q7821917');
    const names = (r.body.names as { name: string }[]).map((n) => n.name);
    assert.ok(names.includes('Antony J. Blinken') && names.includes('John Blinken'), `names as written: ${names.join(', ')}`);
    const kb = r.body.kb as { names: { name: string; script: string | null }[]; offices: { post: string; country: string }[] };
    assert.ok(kb.offices.some((o) => o.post === 'Secretary of State' && o.country === 'USA'));
    assert.ok(kb.names.every((n) => typeof n.name === 'string'));
    assert.equal((r.body.articles as Json[]).length, top.articles);
    const quotes = r.body.quotes as Json[];
    assert.equal(quotes.length, top.quotes);
    assert.ok(quotes.every((q) => q.speakerId === 'Q7821917'));
    const events = r.body.events as Json[];
    assert.ok(events.length > 0);
    assert.ok(events.every((e) => `${String(e.source)} ${String(e.target)}`.includes('Blinken')));
    const usa = await get(`/api/v1/actors/${encodeURIComponent('country:USA')}`);
    assert.equal(usa.status, 200);
    assert.equal(usa.body.kb, null);
    assert.equal((await get('/api/v1/actors/Q1')).status, 404);
    const long = await get(`/api/v1/actors/${encodeURIComponent(`name:${'very long name '.repeat(12)}`)}`);
    assert.equal(long.status, 404, 'a long store key is looked up, not refused by the router');
    assert.equal(long.body.code, 'E_NOT_FOUND');
  });

  it('/quotes, /checks and /search answer their rows with the ids the UI links by', async () => {
    const quotes = await get('/api/v1/quotes?actor=Q7821917&limit=40');
    assert.ok((quotes.body.items as Json[]).length > 0);
    assert.ok((quotes.body.items as Json[]).every((q) => q.speakerId === 'Q7821917'));
    const words = await get('/api/v1/quotes?text=alliance');
    assert.ok((words.body.items as Json[]).every((q) => /allian/i.test(String(q.text))));
    const checks = await get('/api/v1/checks');
    const john = (checks.body.items as Json[]).find((c) => c.wrong === 'John')!;
    assert.equal(john.right, 'Antony');
    const article = await get(`/api/v1/articles/${encodeURIComponent(String(john.article))}`);
    const text = (article.body.analysis as { text: string }).text;
    assert.equal(text.slice(Number(john.start), Number(john.end)), john.surface, 'start/end index the stored text');
    const search = await get('/api/v1/search?q=Greenland&limit=3');
    assert.equal(search.status, 200);
    assert.ok((search.body.items as Json[]).length > 0);
    assert.ok((search.body.items as Json[]).every((s) => /Greenland/.test(String(s.snippet))));
  });

  it('/export streams what attache export writes, with its media type', async () => {
    const csv = await get('/api/v1/export?format=csv');
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="attache-events\.csv"/);
    assert.equal(csv.raw, [...exportLines(store, 'csv')].map((l) => `${l}\n`).join(''));
    assert.equal(csv.raw.split('\n')[0], EVENT_CSV_COLUMNS.map(([c]) => c).join(','));
    const gdelt = await get('/api/v1/export?format=gdelt');
    const lines = gdelt.raw.split('\n').filter(Boolean);
    assert.ok(lines.length > 0);
    for (const l of lines) assert.equal(checkGdeltLine(l), null);
    const jsonl = await get('/api/v1/export?format=jsonl');
    assert.equal(jsonl.raw.split('\n').filter(Boolean).length, store.stats().articles);
  });

  it('/kb/holders answers as attache kb holders --format json; an unknown country is a 404 problem', async () => {
    const r = await app.inject({ url: '/api/v1/kb/holders?country=JPN&post=Prime%20Minister&date=2021-03-16' });
    assert.equal(r.statusCode, 200);
    const holders = JSON.parse(r.body) as Json[];
    assert.deepEqual(holders.map((h) => h.name), ['Yoshihide Suga']);
    assert.deepEqual(Object.keys(holders[0]!), ['name', 'wikidata', 'post', 'country', 'start', 'end', 'endInferred', 'source']);
    const bad = await get('/api/v1/kb/holders?country=Atlantis&post=King');
    assert.equal(bad.status, 404);
    assert.match(String(bad.body.detail), /Atlantis/);
  });

  it('keeps answers while the store is unchanged, and never one older than the store, whoever wrote to it', async () => {
    const [a] = [...store.articles()];
    const url = `/api/v1/articles/${encodeURIComponent(a!.hash)}`;
    const first = await app.inject({ url });
    const second = await app.inject({ url });
    assert.equal(second.headers['x-cache'], 'hit');
    assert.equal(second.body, first.body);
    assert.equal(second.headers['content-type'], first.headers['content-type']);
    assert.ok(second.headers['content-security-policy'], 'a kept answer has the security headers too');
    const other = openStore(store.location);
    try {
      other.db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('A title changed by another process', a!.hash);
    } finally {
      other.close();
    }
    const after = await app.inject({ url });
    assert.notEqual(after.headers['x-cache'], 'hit');
    assert.equal((JSON.parse(after.body) as { article: { title: string } }).article.title, 'A title changed by another process');
    const wide = await server(store, { host: '0.0.0.0' });
    try {
      await wide.inject({ url, headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal((await wide.inject({ url })).statusCode, 401, 'a kept answer is for those who may read only');
    } finally {
      await wide.close();
    }
  });

  it('/health answers the version, the analysis schema and the store', async () => {
    const r = await get('/api/v1/health');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ok');
    assert.equal(r.body.schema, 'attache.analysis/0.5');
    assert.deepEqual(r.body.store, { location: store.location, articles: store.stats().articles });
  });
});
