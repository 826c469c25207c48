import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  QUERY_KINDS, actorDetail, actorRecord, actorRowsPage, articleById, articlesPage, entityOf, findActors, queryPage,
  type Page, type PageRequest, type QueryFilter, type QueryKind, type Row, type SqliteStore,
} from '../../src/store/index.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';
import { ingestRecords, MEETING_ARTICLES, tempDir } from './helpers.js';

const dir = tempDir('attache-api-queries-');
const ARTICLES = [
  ...MEETING_ARTICLES,
  { id: 'us-japan', date: '2021-03-16', text: readFixture('us-japan-2021-03-16', 'article.txt') },
  { id: 'berlin', date: '2021-04-20', text: 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin. "Europe must act," Merkel said.' },
];

let store: SqliteStore;
before(async () => {
  const { store: s, summary } = await ingestRecords(join(dir, 'api.db'), ARTICLES);
  store = s;
  assert.equal(summary.inserted, ARTICLES.length);
});

const ID_KEYS: Record<QueryKind, string[]> = {
  events: ['id', 'sourceIds', 'targetIds'], actors: ['id'], quotes: ['speakerId'], checks: ['start', 'end', 'actorId', 'actorName'], search: [],
};
const strip = (row: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

function allPages(kind: QueryKind, filter: QueryFilter, limit: number, pageOf = (p: PageRequest): Page => queryPage(store.db, kind, filter, p)) {
  const rows: Row[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const p = pageOf({ offset, limit });
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

/** The name the article with this id gives the actor with this API id (each, when it gives several). */
function namesInArticle(article: string, actorId: string): string[] {
  return (store.db.prepare(`SELECT ae.name FROM article_entities ae JOIN articles a ON a.seq = ae.article JOIN entities en ON en.id = ae.entity
    WHERE a.id = ? AND coalesce(en.wikidata, en.key) = ?`).all(article, actorId) as { name: string }[]).map((r) => r.name);
}

const splitNames = (v: unknown) => (v === null ? [] : String(v).split('; '));

describe('what the UI asked of the store (docs/ui-needs.md)', () => {
  it('event rows carry their actors\' ids, one per name, in the order of the names', () => {
    const events = allPages('events', {}, 4);
    let several = 0;
    for (const e of events) {
      for (const role of ['source', 'target'] as const) {
        const names = splitNames(e[role]);
        const ids = e[`${role}Ids`] as string[];
        assert.ok(Array.isArray(ids), `${role}Ids is an array`);
        assert.equal(ids.length, names.length, `${String(e.id)}: ${role} ${names.join('; ')} / ${ids.join(', ')}`);
        ids.forEach((id, i) => assert.ok(namesInArticle(String(e.article), id).includes(names[i]!), `${id} is named ${names[i]} in ${String(e.id)}`));
        if (ids.length > 1) several++;
      }
    }
    assert.ok(several > 0, 'some event has several actors in one role, so the order is tested');
    const berlin = events.find((e) => e.source === 'Angela Merkel' && e.target === 'Emmanuel Macron');
    assert.ok(berlin, JSON.stringify(events.map((e) => [e.source, e.target])));
    assert.deepEqual([berlin.sourceIds, berlin.targetIds], [['Q567'], ['Q3052772']]);
  });

  it('check rows say which actor the name is of', () => {
    const checks = allPages('checks', {}, 10);
    const john = checks.find((c) => c.surface === 'John Blinken');
    assert.equal(john?.actorId, 'Q7821917');
    for (const c of checks) assert.notEqual(entityOf(store.db, String(c.actorId)), null, `${String(c.actorId)} is an actor id`);
  });

  it('an actor\'s events and quotes, newest first: the same rows as the actor filter on its id, in reverse', () => {
    for (const [id, kind, filter] of [
      ['Q7821917', 'events', {}], ['Q3052772', 'events', {}], ['Q3052772', 'quotes', {}], ['country:USA', 'events', { type: 'CONSULT' }],
      ['Q7821917', 'events', { from: '2021-03-16', to: '2021-03-16', cameo: '04' }], ['Q567', 'quotes', { text: 'Europe' }],
    ] as const) {
      const entity = entityOf(store.db, id)!;
      const mine = allPages(kind, filter, 2, (p) => actorRowsPage(store.db, kind, entity, filter, p));
      const byFilter = allPages(kind, { ...filter, actor: id }, 100);
      assert.ok(mine.length > 0, `${id} ${kind} ${JSON.stringify(filter)}`);
      assert.deepEqual(mine, [...byFilter].reverse(), `${id} ${kind} ${JSON.stringify(filter)}`);
    }
    const merkel = entityOf(store.db, 'Q567')!;
    const met = actorRowsPage(store.db, 'events', merkel, { actor: 'Macron' }, { offset: 0, limit: 10 }).items;
    assert.ok(met.length > 0 && met.every((e) => [...(e.sourceIds as string[]), ...(e.targetIds as string[])].includes('Q3052772')), 'actor: another actor of the same events');
  });

  it('an actor\'s detail: names as written with counts, totals beside the capped lists, newest first', () => {
    const blinken = actorDetail(store.db, 'Q7821917', 500)!;
    assert.equal(blinken.summary.name, 'Antony Blinken');
    const names = new Map(blinken.names.map((n) => [n.name, n.count]));
    assert.ok(names.has('John Blinken') && names.has('Antony Blinken') && names.has('Blinken'), [...names.keys()].join(', '));
    const { n } = store.db.prepare(`SELECT count(*) AS n FROM mentions WHERE kind = 'name' AND entity = ?`).get(entityOf(store.db, 'Q7821917')) as { n: number };
    assert.equal([...names.values()].reduce((a, b) => a + b, 0), n, 'every name mention is counted once');
    const all = allPages('events', { actor: 'Q7821917' }, 100);
    assert.deepEqual(blinken.counts, {
      articles: blinken.articles.length, mentions: blinken.summary.mentions,
      quotes: allPages('quotes', { actor: 'Q7821917' }, 100).length, events: all.length,
    });
    const capped = actorDetail(store.db, 'Q7821917', 2)!;
    assert.deepEqual(capped.counts, blinken.counts, 'the totals do not depend on the cap');
    assert.deepEqual(capped.events, [...all].reverse().slice(0, 2), 'the newest two');
    const dates = blinken.articles.map((a) => String(a.date));
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(new Set(blinken.articles.map((a) => a.id)).size, blinken.articles.length, 'each article once');
  });

  it('names as written keep case and spelling, but a line break or no-break space inside a name is a space', () => {
    const macron = entityOf(store.db, 'Q3052772')!;
    const before = new Map(actorDetail(store.db, 'Q3052772', 5)!.names.map((n) => [n.name, n.count]));
    assert.ok(before.get('Emmanuel Macron')! >= 1);
    store.db.exec('SAVEPOINT layout');
    try {
      const add = store.db.prepare(`INSERT INTO mentions(article, entity, start, end, text, kind) SELECT article, entity, 0, 15, ?, 'name' FROM article_entities WHERE entity = ? LIMIT 1`);
      for (const text of ['Emmanuel\u00a0Macron', 'Emmanuel\nMacron', 'EMMANUEL MACRON', 'Emmanuel Macron']) add.run(text, macron);
      const after = actorDetail(store.db, 'Q3052772', 5)!.names;
      assert.equal(after.find((n) => n.name === 'Emmanuel Macron')?.count, before.get('Emmanuel Macron')! + 3);
      assert.equal(after.find((n) => n.name === 'EMMANUEL MACRON')?.count, 1);
      assert.ok(after.every((n) => !/\s\s|[\n\u00a0]/.test(n.name)));
      assert.deepEqual(after.map((n) => n.count), after.map((n) => n.count).sort((a, b) => b - a));
    } finally {
      store.db.exec('ROLLBACK TO layout; RELEASE layout');
    }
  });

  it('an actor\'s record joins the knowledge base\'s offices; actors are found by id, by name as written, or by part of one', () => {
    const kb = sharedAnalyzer().resources.kb;
    const blinken = actorRecord(store.db, kb, 'Q7821917')!;
    assert.ok(blinken.kb?.offices.some((o) => o.post === 'Secretary of State' && o.country === 'USA'));
    assert.equal(actorRecord(store.db, kb, 'country:JPN')?.kb, null);
    assert.equal(actorRecord(store.db, kb, 'Q0'), null);
    assert.deepEqual(findActors(store.db, 'Q3052772').map((a) => a.id), ['Q3052772']);
    assert.equal(findActors(store.db, 'john blinken')[0]?.id, 'Q7821917', 'a name as written, any case');
    assert.equal(findActors(store.db, 'Merk')[0]?.id, 'Q567', 'part of a name');
    assert.deepEqual(findActors(store.db, 'Nobody Atall'), []);
  });
});
