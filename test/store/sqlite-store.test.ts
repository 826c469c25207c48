import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, openStore, toArticleRecord, type ArticleRecord } from '../../src/store/index.js';
import type { ArticleInput } from '../../src/ingest/article.js';
import { sharedAnalyzer } from '../helpers.js';

function record(input: ArticleInput & { extId?: string | null }): ArticleRecord {
  const doc = sharedAnalyzer().analyze(input);
  return toArticleRecord(doc, { hash: contentHash(input), extId: input.extId ?? null, origin: 'test' });
}

const MEETING = 'Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Tuesday.';

describe('SqliteStore', () => {
  it('stores an article with its rows, and the analysis comes back as analyze wrote it', () => {
    const store = openStore(':memory:');
    const input = { text: MEETING, date: '2021-03-16', url: 'https://www.state.gov/a' };
    const r = record(input);
    assert.equal(store.hasArticle(r.hash), false);
    assert.equal(store.putArticle(r), 'inserted');
    assert.equal(store.hasArticle(r.hash), true);
    assert.equal(store.putArticle(r), 'unchanged');
    const stats = store.stats();
    assert.deepEqual(Object.keys(stats), ['articles', 'entities', 'mentions', 'quotes', 'events', 'eventClusters', 'nameChecks']);
    assert.equal(stats.articles, 1);
    assert.ok(stats.entities >= 3, JSON.stringify(stats));
    assert.ok(stats.events >= 1, JSON.stringify(stats));
    const [stored] = [...store.articles()];
    assert.deepEqual(stored!.analysis, sharedAnalyzer().analyze(input));
    assert.equal(stored!.source, 'state.gov');
    const keys = store.db.prepare<[], { key: string }>('SELECT key FROM entities ORDER BY key').all().map((e) => e.key);
    assert.ok(keys.includes('Q7821917'), keys.join());
    store.close();
  });

  it('replaces an older version with the same id, or the same URL, and drops actors no article names any more', () => {
    const store = openStore(':memory:');
    assert.equal(store.putArticle(record({ text: MEETING, date: '2021-03-16', extId: 'a1' })), 'inserted');
    const changed = record({ text: 'Prime Minister Boris Johnson spoke with President Emmanuel Macron in London.', date: '2021-03-17', extId: 'a1' });
    assert.equal(store.putArticle(changed), 'replaced');
    assert.equal(store.stats().articles, 1);
    const keys = store.db.prepare<[], { key: string }>('SELECT key FROM entities').all().map((e) => e.key);
    assert.ok(!keys.includes('Q7821917'), `Blinken went with the old version: ${keys.join()}`);
    const orphans = store.db.prepare('SELECT count(*) AS n FROM mentions WHERE article NOT IN (SELECT seq FROM articles)').get() as { n: number };
    assert.equal(orphans.n, 0);
    assert.equal(store.putArticle(record({ text: MEETING, url: 'https://example.org/x', extId: 'b' })), 'inserted');
    assert.equal(store.putArticle(record({ text: `${MEETING} They talked for an hour.`, url: 'https://example.org/x', extId: 'c' })), 'replaced');
    assert.equal(store.stats().articles, 2);
    store.close();
  });

  it('finds article text and quotes by full-text search once indexed, and not after replacement', () => {
    const store = openStore(':memory:');
    store.putArticle(record({ text: `${MEETING} "We will stand together," Blinken told reporters.`, extId: 'q' }));
    const hits = (sql: string, q: string) => (store.db.prepare(sql).all(q) as unknown[]).length;
    const articleHits = (q: string) => hits('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?', q);
    const quoteHits = (q: string) => hits('SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?', q);
    assert.equal(articleHits('Motegi'), 0, 'indexing waits for indexPending');
    assert.equal(store.indexPending(), 1);
    assert.equal(articleHits('Motegi'), 1);
    assert.equal(quoteHits('stand together'), 1);
    assert.equal(store.indexPending(), 0);
    store.putArticle(record({ text: 'The talks ended on Friday in Geneva.', extId: 'q' }));
    store.indexPending();
    assert.equal(articleHits('Motegi'), 0);
    assert.equal(quoteHits('stand together'), 0);
    assert.equal(articleHits('Geneva'), 1);
    store.close();
  });

  it('replaces an article that was never indexed without touching the full-text index', () => {
    const store = openStore(':memory:');
    store.putArticle(record({ text: `${MEETING} "We will stand together," Blinken told reporters.`, extId: 'p' }));
    store.putArticle(record({ text: 'The talks ended on Friday in Geneva.', extId: 'p' }));
    store.indexPending();
    const hits = (q: string) => (store.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(q) as unknown[]).length;
    assert.equal(hits('Motegi'), 0);
    assert.equal(hits('Geneva'), 1);
    // The index agrees with its content table: FTS5's own check.
    store.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check'); INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
    store.close();
  });

  it('counts reports of one event in several articles as one cluster, with its articles and sources', () => {
    const store = openStore(':memory:');
    store.putArticle(record({ text: MEETING, date: '2021-03-16', url: 'https://one.example/a' }));
    store.putArticle(record({ text: `Tokyo talks. ${MEETING}`, date: '2021-03-16', url: 'https://two.example/b' }));
    const clusters = [...store.eventClusters()];
    const shared = clusters.find((c) => c.numArticles === 2);
    assert.ok(shared, JSON.stringify(clusters));
    assert.equal(shared.numSources, 2);
    assert.equal(store.stats().eventClusters, clusters.length);
    assert.ok(store.stats().events > clusters.length);
    store.close();
  });
});
