import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { cli } from '../helpers.js';
import { ingestRecords, MEETING_ARTICLES, tempDir } from '../store/helpers.js';

const dir = tempDir('attache-query-');
const db = join(dir, 'q.db');


const rows = async (args: string[]) => {
  const r = await cli(['query', ...args, '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, string | number | null>[];
};

describe('attache query', () => {
  before(async () => {
    (await ingestRecords(db, MEETING_ARTICLES)).store.close();
  });

  it('events by actor name or Wikidata id, type, CAMEO prefix, country and dates', async () => {
    const byName = await rows(['events', '--actor', 'blinken']);
    assert.ok(byName.length >= 2, JSON.stringify(byName));
    assert.deepEqual(await rows(['events', '--actor', 'Q7821917']), byName);
    assert.ok(byName.every((e) => e.source === 'Antony Blinken' || e.target === 'Antony Blinken'));
    assert.deepEqual(new Set(byName.map((e) => e.url)), new Set(['https://one.example/tokyo', 'https://two.example/tokyo']));
    const consult = await rows(['events', '--type', 'consult', '--cameo', '04', '--country', 'JPN']);
    assert.ok(consult.length >= 2 && consult.every((e) => e.plover === 'CONSULT' && String(e.cameo).startsWith('04')), JSON.stringify(consult));
    assert.deepEqual(await rows(['events', '--actor', 'Blinken', '--from', '2021-04-01']), []);
    // The HTTP API adds ids to these rows (id, sourceIds, targetIds); the CLI's stay as they were.
    assert.deepEqual(Object.keys(byName[0]!), [
      'date', 'plover', 'mode', 'cameo', 'goldstein', 'source', 'sourceCode', 'target', 'targetCode', 'place', 'placeCountry', 'modality', 'evidence', 'article', 'url',
    ]);
    const csv = await cli(['query', 'events', '--db', db, '--format', 'csv']);
    assert.match(csv.stdout, /^date,plover,mode,cameo,goldstein,source,sourceCode,target,targetCode,place,placeCountry,modality,evidence,article,url\n/);
    const quotes = await rows(['quotes']);
    assert.deepEqual(Object.keys(quotes[0]!), ['date', 'speaker', 'kind', 'text', 'cue', 'article', 'url']);
  });

  it('actors with their counts across articles; quotes and search by words; CSV with a header', async () => {
    const blinken = (await rows(['actors', '--actor', 'Q7821917']))[0]!;
    assert.equal(blinken.name, 'Antony Blinken');
    assert.equal(blinken.articles, 2);
    assert.equal(blinken.country, 'USA');
    const quotes = await rows(['quotes', '--text', 'climate']);
    assert.equal(quotes.length, 1);
    assert.match(String(quotes[0]!.text), /defend the climate agreement/);
    const found = await rows(['search', 'Motegi']);
    assert.equal(found.length, 2);
    const csv = await cli(['query', 'actors', '--country', 'JPN', '--db', db, '--format', 'csv']);
    assert.match(csv.stdout, /^key,wikidata,name,type,country,articles,mentions,quotes,events,first,last\n/);
    const table = await cli(['query', 'search', 'Macron', '--db', db]);
    assert.match(table.stdout, /^date\s+title\s+snippet/);
  });

  it('refuses an unknown kind and a bad full-text query', async () => {
    assert.match((await cli(['query', 'things', '--db', db])).stderr, /\[E_USAGE\]/);
    assert.match((await cli(['query', 'search', 'AND AND', '--db', db])).stderr, /not a full-text query.*\[E_USAGE\]/);
  });
});
