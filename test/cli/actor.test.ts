import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/index.js';
import type { SqliteStore } from '../../src/store/index.js';
import { cli, readFixture, sharedAnalyzer } from '../helpers.js';
import { ingestRecords, MEETING_ARTICLES, tempDir } from '../store/helpers.js';

const dir = tempDir('attache-actor-');
const db = join(dir, 'actor.db');

/** Two reports of one meeting, an article with a quote, and the reference article (John Blinken, "Blinken" alone). */
const ARTICLES = [
  ...MEETING_ARTICLES,
  { id: 'us-japan', date: '2021-03-16', text: readFixture('us-japan-2021-03-16', 'article.txt') },
];

let store: SqliteStore;
let app: FastifyInstance;

before(async () => {
  store = (await ingestRecords(db, ARTICLES)).store;
  // The library entry's buildServer, as an embedding application would call it.
  app = await buildServer({ store, analyzer: sharedAnalyzer(), uiDir: null, rateLimit: false });
});
after(async () => {
  await app.close();
  store.close();
});

const actor = (...args: string[]) => cli(['actor', ...args, '--db', db]);

describe('attache actor', () => {
  it('--format json prints what GET /api/v1/actors/{id} answers, byte for byte', async () => {
    for (const id of ['Q7821917', 'country:JPN', 'Q3052772']) {
      const r = await actor(id, '--format', 'json');
      assert.equal(r.code, 0, r.stderr);
      const http = await app.inject({ url: `/api/v1/actors/${encodeURIComponent(id)}` });
      assert.equal(http.statusCode, 200);
      assert.equal(r.stdout, `${http.body}\n`, id);
    }
    const blinken = JSON.parse((await actor('Q7821917', '--format', 'json')).stdout) as { names: { name: string }[]; counts: { articles: number } };
    assert.ok(blinken.names.some((n) => n.name === 'John Blinken'), 'names as written');
    assert.equal(blinken.counts.articles, 3);
  });

  it('finds the actor by a name as written, any case, or by part of a name; says on stderr which others fit', async () => {
    const byId = (await actor('Q7821917', '--format', 'json')).stdout;
    const byName = await actor('john', 'blinken', '--format', 'json');
    assert.equal(byName.code, 0, byName.stderr);
    assert.equal(byName.stdout, byId, 'words of a name are one name');
    assert.equal((await actor('Blinken', '--format', 'json')).stdout, byId);
    const loose = await actor('an');
    assert.equal(loose.code, 0);
    assert.match(loose.stderr, /'an' also fits .*\(.+, \d+ articles\).*; showing /);
  });

  it('prints the record for people: names as written, offices over time, counts, latest quotes and events', async () => {
    const r = await actor('Q7821917');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'Antony Blinken  Q7821917  PERSON  USA');
    assert.match(lines[1]!, /^3 articles \(2021-03-16 – 2021-03-16\), \d+ mentions, \d+ quotes, \d+ events$/);
    assert.match(r.stdout, /As written in the articles:\n {2}.*John Blinken ×\d+/);
    assert.match(r.stdout, /Offices \(knowledge base\):\n(?: {2}.*\n)* {2}Secretary of State, USA {2}2021-01-26 – /);
    assert.match(r.stdout, /Latest events \((all \d+|10 of \d+)\):\n {2}2021-03-1\d {2}CONSULT \(04\d\) {2}Antony Blinken/);
    const macron = await actor('Q3052772');
    assert.match(macron.stdout, /Latest quotes \(all 1\):\n {2}2021-06-01 {2}“We will defend the climate agreement\.”/);
    const japan = await actor('country:JPN');
    assert.doesNotMatch(japan.stdout, /Offices/, 'no KB person record, no offices');
  });

  it('refuses an unknown actor (status 1), a missing one and a bad format (usage, 2); is listed in the help', async () => {
    const unknown = await actor('Nobody Atall');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /\[E_NOT_FOUND\]/);
    assert.equal((await cli(['actor', '--db', db])).code, 2);
    assert.equal((await actor('Q7821917', '--format', 'csv')).code, 2);
    assert.match((await cli(['--help'])).stdout, /\bactor\b/);
    assert.match((await cli(['query', '--help'])).stdout, /attache actor ID\|NAME/);
  });
});
