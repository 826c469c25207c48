import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { before, describe, it } from 'node:test';
import {
  QUERY_KINDS, actorDetail, articleById, articlesPage, ingest, inlinePool, openStore, queryPage, type QueryFilter, type QueryKind, type SqliteStore,
} from '../../src/store/index.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';
import { tempDir } from './helpers.js';

const dir = tempDir('attache-api-queries-');
const ARTICLES = [
  { id: 'tokyo-1', date: '2021-03-16', url: 'https://one.example/tokyo', text: 'Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Tuesday.' },
  { id: 'tokyo-2', date: '2021-03-16', url: 'https://two.example/tokyo', text: 'Talks in Tokyo. Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Tuesday.' },
  { id: 'paris', date: '2021-06-01', url: 'https://one.example/paris', text: 'French President Emmanuel Macron said: "We will defend the climate agreement." He spoke in Paris on Tuesday.' },
  { id: 'us-japan', date: '2021-03-16', text: readFixture('us-japan-2021-03-16', 'article.txt') },
  { id: 'berlin', date: '2021-04-20', text: 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin. "Europe must act," Merkel said.' },
];

let store: SqliteStore;
before(async () => {
  const input = join(dir, 'corpus.jsonl');
  writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  store = openStore(join(dir, 'api.db'));
  const s = await ingest({ store, pool: inlinePool(sharedAnalyzer()), paths: [input], cwd: dir, stdin: Readable.from([]), maxBytes: 1 << 20 });
  assert.equal(s.inserted, ARTICLES.length);
});

const ID_KEYS: Record<QueryKind, string[]> = { events: ['id'], actors: ['id'], quotes: ['speakerId'], checks: ['start', 'end'], search: [] };
const strip = (row: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

function allPages(kind: QueryKind, filter: QueryFilter, limit: number) {
  const rows = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const p = queryPage(store.db, kind, filter, { offset, limit });
    assert.ok(p.items.length <= limit);
    rows.push(...p.items);
    offset = p.next;
  }
  return rows;
}

describe('API queries over the store', () => {
  it('pages of each kind, put together, are attache query\'s rows in its order, plus the id columns only', () => {
    for (const kind of QUERY_KINDS) {
      const filter: QueryFilter = kind === 'search' ? { text: 'Tuesday' } : {};
      const cli = [...store.query(kind, { ...filter, limit: 1000 })];
      assert.ok(cli.length > 0, kind);
      for (const k of ID_KEYS[kind]) assert.ok(!(k in cli[0]!), `attache query ${kind} rows have no ${k}: unchanged`);
      const paged = allPages(kind, filter, 2);
      assert.deepEqual(paged.map((r) => strip(r, ID_KEYS[kind])), cli, kind);
      for (const k of ID_KEYS[kind]) assert.ok(k in paged[0]!, `${kind} pages carry ${k}`);
    }
  });

  it('a last full page says there is no next one', () => {
    const n = [...store.query('events', { limit: 1000 })].length;
    assert.equal(queryPage(store.db, 'events', {}, { offset: 0, limit: n }).next, null);
    assert.equal(queryPage(store.db, 'events', {}, { offset: 0, limit: n - 1 }).next, n - 1);
    assert.deepEqual(queryPage(store.db, 'events', {}, { offset: n, limit: 5 }).items, []);
  });

  it('lists articles newest first with their counts, filtered by date, actor, country and words', () => {
    const all = articlesPage(store.db, {}, { offset: 0, limit: 10 }).items;
    assert.deepEqual(all.map((a) => a.date), ['2021-06-01', '2021-04-20', '2021-03-16', '2021-03-16', '2021-03-16']);
    const paris = all[0] as unknown as { counts: { quotes: number; nameChecks: number } };
    assert.ok(paris.counts.quotes >= 1);
    const reference = all.find((a) => a.id === [...store.articles()].find((x) => x.extId === 'us-japan')!.hash) as unknown as { counts: { nameChecks: number } };
    assert.ok(reference.counts.nameChecks >= 2, 'John Blinken, Prime Minister Kan');
    assert.equal(articlesPage(store.db, { from: '2021-04-01', to: '2021-04-30' }, { offset: 0, limit: 10 }).items.length, 1);
    assert.equal(articlesPage(store.db, { actor: 'Merkel' }, { offset: 0, limit: 10 }).items.length, 1);
    assert.equal(articlesPage(store.db, { country: 'jpn' }, { offset: 0, limit: 10 }).items.length, 3);
    assert.equal(articlesPage(store.db, { text: 'climate' }, { offset: 0, limit: 10 }).items.length, 1);
  });

  it('finds an article by id and an actor by Wikidata id or store key; null for unknown ones', () => {
    const [first] = [...store.articles()];
    assert.equal(articleById(store.db, first!.hash)?.analysis.text, first!.analysis.text);
    assert.equal(articleById(store.db, 'sha256:nope'), null);
    const macron = actorDetail(store.db, 'Q3052772', 500)!;
    assert.equal(macron.summary.name, 'Emmanuel Macron');
    assert.equal(macron.articles.length, 2);
    assert.ok(macron.quotes.every((q) => q.speakerId === 'Q3052772'));
    const japan = actorDetail(store.db, 'country:JPN', 500);
    assert.equal(japan?.summary.key, 'country:JPN');
    assert.equal(actorDetail(store.db, 'Q0', 500), null);
    assert.equal(actorDetail(store.db, 'Q3052772', 1)!.articles.length, 1, 'the limit holds');
  });
});
