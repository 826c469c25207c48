import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contentHash, exportLines, fipsOf, GDELT_COLUMNS, checkGdeltLine, checkPloverLine, EVENT_CSV_COLUMNS, openStore, toArticleRecord, type ArticleRecord } from '../../src/store/index.js';
import { AttacheError } from '../../src/errors.js';
import { sharedAnalyzer } from '../helpers.js';
import { stateDeptLines, tempDir } from './helpers.js';

/** Six State Department releases, analysed once for every test here. */
let records: ArticleRecord[] | undefined;
function sample(): ArticleRecord[] {
  records ??= stateDeptLines(6).map((l, i) => {
    const r = JSON.parse(l) as { title: string; text: string; url: string; published: string };
    const input = { title: r.title, text: r.text, url: r.url, date: r.published?.slice(0, 10) ?? null };
    return toArticleRecord(sharedAnalyzer().analyze(input), { hash: contentHash(input), extId: `sd-${i}`, origin: `fixture:${i + 1}` });
  });
  return records;
}

function storeWith(rs: readonly ArticleRecord[]) {
  const store = openStore(':memory:');
  for (const r of rs) store.putArticle(r);
  return store;
}

describe('export', () => {
  it('names the 61 GDELT 2.0 event columns in order', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.deepEqual(GDELT_COLUMNS.slice(0, 7), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name']);
    assert.deepEqual(GDELT_COLUMNS.slice(25, 35), ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    assert.equal(GDELT_COLUMNS[38], 'Actor1Geo_ADM1Code');
    assert.equal(GDELT_COLUMNS[39], 'Actor1Geo_ADM2Code');
    assert.deepEqual(GDELT_COLUMNS.slice(-2), ['DATEADDED', 'SOURCEURL']);
  });

  it('maps ISO3 to FIPS 10-4 country codes', () => {
    assert.deepEqual(['DEU', 'GBR', 'JPN', 'USA', 'ISR', 'SRB', 'XKX', 'UKR'].map(fipsOf), ['GM', 'UK', 'JA', 'US', 'IS', 'RI', 'KV', 'UP']);
    assert.equal(fipsOf('SUN'), null);
    assert.equal(fipsOf(null), null);
  });

  it('writes one GDELT row of 61 columns per event cluster, with the cluster\'s counts', () => {
    const store = storeWith(sample());
    const lines = [...exportLines(store, 'gdelt')];
    assert.equal(lines.length, store.stats().eventClusters);
    for (const l of lines) assert.equal(checkGdeltLine(l), null, l);
    const mentions = lines.reduce((n, l) => n + Number(l.split('\t')[GDELT_COLUMNS.indexOf('NumMentions')]), 0);
    assert.equal(mentions, store.stats().events);
    const usa = lines.map((l) => l.split('\t')).find((c) => c[GDELT_COLUMNS.indexOf('Actor1CountryCode')] === 'USA');
    assert.ok(usa, 'an American source actor');
    assert.equal(usa[GDELT_COLUMNS.indexOf('Actor1Geo_CountryCode')], 'US');
    store.close();
  });

  it('writes PLOVER records with the required fields, one per event', () => {
    const store = storeWith(sample());
    const counts = { skipped: 0 };
    const lines = [...exportLines(store, 'plover', counts)];
    assert.equal(lines.length + counts.skipped, store.stats().events);
    for (const l of lines) assert.equal(checkPloverLine(l), null, l);
    const r = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const f of ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_loc', 'event_text']) assert.ok(f in r, f);
    assert.equal(checkPloverLine('{"id":"x","date":"2021-01-01","event":["CONSULT"]}'), "no 'actor'");
    store.close();
  });

  it('writes the analyses as JSONL and the events as CSV with a header', () => {
    const store = storeWith(sample());
    const docs = [...exportLines(store, 'jsonl')].map((l) => JSON.parse(l) as { text: string });
    assert.equal(docs.length, 6);
    assert.ok(docs.every((d) => typeof d.text === 'string' && d.text.length > 0));
    const csv = [...exportLines(store, 'csv')];
    assert.equal(csv[0], EVENT_CSV_COLUMNS.map(([n]) => n).join(','));
    assert.equal(csv.length - 1, store.stats().events);
    store.close();
  });

  it('gives the same rows whatever order the articles were stored in (ingest time aside)', () => {
    const dropAdded = (l: string) => l.split('\t').filter((_, i) => GDELT_COLUMNS[i] !== 'DATEADDED').join('\t');
    const a = storeWith(sample());
    const b = storeWith([...sample()].reverse());
    assert.deepEqual([...exportLines(a, 'gdelt')].map(dropAdded), [...exportLines(b, 'gdelt')].map(dropAdded));
    const dropCoded = (l: string) => JSON.stringify({ ...(JSON.parse(l) as object), coded_date: null });
    assert.deepEqual([...exportLines(a, 'plover')].map(dropCoded), [...exportLines(b, 'plover')].map(dropCoded));
    a.close();
    b.close();
  });

  it('reports a file that is not a store as E_STORE', () => {
    const path = join(tempDir(), 'not-a-store.db');
    writeFileSync(path, 'this is not an SQLite database, just text long enough to look like a header of one');
    assert.throws(() => openStore(path), (e: unknown) => e instanceof AttacheError && e.code === 'E_STORE');
  });
});
