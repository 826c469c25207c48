import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { SqliteStore } from '../../src/store/index.js';
import { fixtureStore, server } from './helpers.js';

/** What docs/ui-needs.md asked of the API: actor ids on event and check rows, the actor detail's names and counts, the actor's lists. */

let store: SqliteStore;
let app: FastifyInstance;
/** The same store with a detail capped at 5 items, so the cap and what follows it are seen on a small store. */
let capped: FastifyInstance;

before(async () => {
  store = await fixtureStore();
  app = await server(store, { limits: { pageMax: 40 } });
  capped = await server(store, { limits: { detailItems: 5 } });
});
after(async () => {
  await app.close();
  await capped.close();
  store.close();
});

type Json = Record<string, unknown>;

async function get(url: string, on = app): Promise<{ status: number; body: Json }> {
  const r = await on.inject({ method: 'GET', url });
  return { status: r.statusCode, body: JSON.parse(r.body) as Json };
}

/** Every page of a list route, following next_cursor. */
async function allPages(url: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const r = await get(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    items.push(...(r.body.items as Json[]));
    cursor = r.body.next_cursor as string | null;
  } while (cursor);
  return items;
}

/** The names the article gives the actor with this API id. */
function namesInArticle(article: string, actorId: string): string[] {
  return (store.db.prepare(`SELECT ae.name FROM article_entities ae JOIN articles a ON a.seq = ae.article JOIN entities en ON en.id = ae.entity
    WHERE a.id = ? AND coalesce(en.wikidata, en.key) = ?`).all(article, actorId) as { name: string }[]).map((r) => r.name);
}

const BLINKEN = 'Q7821917';

describe('actor ids on rows', () => {
  it('GET /events rows carry sourceIds and targetIds: the ids /actors/{id} takes, one per name, in the names\' order', async () => {
    const events = await allPages('/api/v1/events?limit=40');
    const ids = new Set<string>();
    let several = 0;
    for (const e of events) {
      for (const role of ['source', 'target'] as const) {
        const names = e[role] === null ? [] : String(e[role]).split('; ');
        const got = e[`${role}Ids`] as string[];
        assert.equal(got.length, names.length, `${String(e.id)} ${role}: ${names.join('; ')} / ${got.join(', ')}`);
        got.forEach((id, i) => {
          assert.ok(namesInArticle(String(e.article), id).includes(names[i]!), `${id} is named '${names[i]}' in ${String(e.id)}`);
          ids.add(id);
        });
        if (got.length > 1) several++;
      }
    }
    assert.ok(several > 0, 'some event has several actors in one role');
    for (const id of ids) assert.equal((await get(`/api/v1/actors/${encodeURIComponent(id)}`)).status, 200, id);
  });

  it('GET /checks rows carry actorId and actorName', async () => {
    const checks = (await get('/api/v1/checks')).body.items as Json[];
    const john = checks.find((c) => c.surface === 'John Blinken');
    assert.equal(john?.actorId, BLINKEN);
    assert.equal(john?.actorName, 'Antony Blinken', 'the actor named, not the wrong name');
    for (const c of checks) assert.equal((await get(`/api/v1/actors/${encodeURIComponent(String(c.actorId))}`)).status, 200);
  });
});

describe('GET /actors/{id}', () => {
  it('names: the surfaces of its name mentions as written, with counts; name stays the canonical one', async () => {
    const r = await get(`/api/v1/actors/${BLINKEN}`);
    assert.equal(r.body.name, 'Antony Blinken');
    const names = r.body.names as { name: string; count: number }[];
    const written = names.map((n) => n.name);
    assert.ok(written.includes('Antony J. Blinken') && written.includes('John Blinken') && written.includes('Blinken'), written.join(', '));
    assert.ok(!written.includes('Antony Blinken'), 'the fixtures never write the canonical name');
    const counts = names.map((n) => n.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most frequent first');
  });

  it('counts: the totals beside the capped lists, each the length of its full list', async () => {
    const full = await get(`/api/v1/actors/${BLINKEN}`);
    const r = await get(`/api/v1/actors/${BLINKEN}`, capped);
    const counts = r.body.counts as { articles: number; mentions: number; quotes: number; events: number };
    assert.deepEqual(counts, full.body.counts, 'the same totals whatever the cap');
    assert.equal((r.body.events as Json[]).length, 5);
    assert.equal((r.body.quotes as Json[]).length, 5);
    assert.equal((r.body.articles as Json[]).length, 5);
    assert.equal(counts.events, (await allPages(`/api/v1/actors/${BLINKEN}/events`)).length);
    assert.equal(counts.quotes, (await allPages(`/api/v1/actors/${BLINKEN}/quotes`)).length);
    assert.equal(counts.articles, (await allPages(`/api/v1/articles?actor=${BLINKEN}`)).length);
    assert.equal(counts.mentions, full.body.mentions);
    assert.ok(counts.events > 5 && counts.quotes > 5 && counts.articles > 5, 'the cap cuts each list');
  });

  it('lists newest first: the capped lists are the first pages of /actors/{id}/events and /quotes', async () => {
    const r = await get(`/api/v1/actors/${BLINKEN}`, capped);
    assert.deepEqual(r.body.events, (await get(`/api/v1/actors/${BLINKEN}/events?limit=5`)).body.items);
    assert.deepEqual(r.body.quotes, (await get(`/api/v1/actors/${BLINKEN}/quotes?limit=5`)).body.items);
    const articles = ((await get(`/api/v1/actors/${BLINKEN}`)).body.articles as Json[]).map((a) => String(a.date));
    assert.deepEqual(articles, [...articles].sort().reverse());
    assert.deepEqual(((await get(`/api/v1/articles?actor=${BLINKEN}&limit=5`)).body.items as Json[]).map((a) => a.id), (r.body.articles as Json[]).map((a) => a.id));
  });
});

describe('GET /actors/{id}/events and /actors/{id}/quotes', () => {
  it('page through exactly the actor\'s rows, newest first: those of the actor filter on its id, reversed', async () => {
    for (const [kind, query] of [['events', ''], ['quotes', ''], ['events', 'type=CONSULT&from=2021-05-01'], ['quotes', 'text=security'], ['quotes', 'to=2021-05-01']] as const) {
      const mine = await allPages(`/api/v1/actors/${BLINKEN}/${kind}?limit=3${query ? `&${query}` : ''}`);
      const filtered = await allPages(`/api/v1/${kind}?actor=${BLINKEN}&limit=40${query ? `&${query}` : ''}`);
      assert.ok(mine.length > 0, `${kind} ${query}`);
      assert.deepEqual(mine, filtered.reverse(), `${kind} ${query}`);
    }
  });

  it('events take actor: another actor of the same events', async () => {
    const met = await allPages(`/api/v1/actors/${BLINKEN}/events?actor=Gantz`);
    assert.ok(met.length > 0);
    for (const e of met) {
      const ids = [...(e.sourceIds as string[]), ...(e.targetIds as string[])];
      assert.ok(ids.includes(BLINKEN) && ids.includes('Q557436'), JSON.stringify(e));
    }
  });

  it('answer 404 for an unknown actor, 400 for a cursor of another actor\'s list, a parameter the list does not take, a bad full-text query', async () => {
    const missing = await get('/api/v1/actors/Q1/events');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'E_NOT_FOUND');
    const first = await get(`/api/v1/actors/${BLINKEN}/events?limit=2`);
    const cursor = encodeURIComponent(String(first.body.next_cursor));
    assert.equal((await get(`/api/v1/actors/${BLINKEN}/events?limit=2&cursor=${cursor}`)).status, 200);
    const other = await get(`/api/v1/actors/${encodeURIComponent('country:USA')}/events?limit=2&cursor=${cursor}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.code, 'E_CURSOR');
    const actor = await get(`/api/v1/actors/${BLINKEN}/quotes?actor=Gantz`);
    assert.equal(actor.status, 400);
    assert.deepEqual((actor.body.errors as { path: string }[]).map((e) => e.path), ['query.actor']);
    const fts = await get(`/api/v1/actors/${BLINKEN}/quotes?text=%22unterminated`);
    assert.equal(fts.status, 400);
    assert.equal(fts.body.code, 'E_QUERY');
  });
});
