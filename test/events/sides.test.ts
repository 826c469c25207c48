import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/doc/attributes.js';
import type { Draft } from '../../src/events/draft.js';
import { codeSides, sharedCode } from '../../src/events/refiners/sides.js';
import { tagged } from './support.js';

function entity(id: string, country: string | null, cameo: string | null): Entity {
  return { id, type: 'PERSON', name: id, wikidata: null, kbId: null, country, sector: null, cameo, offices: [], description: null, link: { rule: 'test', score: 1 } };
}

const entities = new Map([
  entity('blinken', 'USA', 'USAGOV'), entity('austin', 'USA', 'USAGOVMIL'), entity('motegi', 'JPN', 'JPNGOV'),
  entity('kishi', 'JPN', 'JPNGOVMIL'), entity('wang', 'CHN', 'CHNGOV'), entity('police', null, '~COP'),
].map((e) => [e.id, e]));

function draft(source: string[], target: string[], reciprocal = false, word = 'met'): Draft {
  return {
    kind: 'verb', view: tagged(`${word}/VERB`), trigger: { first: 0, last: 1 }, code: '040', rule: 'test', score: 0.8, source, target,
    spans: [], indirect: false, reciprocal, modality: 'asserted', date: null, place: null,
  };
}

describe('coding the sides', () => {
  it('shares whole three-letter units, never a compound', () => {
    assert.equal(sharedCode(['USAGOV', 'USAGOVMIL']), 'USAGOV');
    assert.equal(sharedCode(['USAGOV', 'USAMIL']), 'USA');
    assert.equal(sharedCode(['USAGOV', 'CHNGOV']), null);
    assert.equal(sharedCode(['JPNGOV', null]), 'JPNGOV');
    assert.equal(sharedCode([]), null);
  });

  it('splits a side of several countries into one event per pair', () => {
    const out = codeSides([draft(['blinken', 'motegi'], ['wang'])], entities);
    assert.deepEqual(out.map((d) => [d.codes?.source, d.codes?.target]), [['USAGOV', 'CHNGOV'], ['JPNGOV', 'CHNGOV']]);
  });

  it('turns a reciprocal meeting into sides by country, first named first', () => {
    const [d, ...rest] = codeSides([draft(['blinken', 'motegi', 'austin', 'kishi'], [], true)], entities);
    assert.equal(rest.length, 0);
    assert.deepEqual([d!.source, d!.target], [['blinken', 'austin'], ['motegi', 'kishi']]);
    assert.deepEqual(d!.codes, { source: 'USAGOV', target: 'JPNGOV' });
  });

  it('a list of three parties that met gives each pair once; a merged meeting only the first named against the others', () => {
    const all = codeSides([draft(['blinken', 'motegi', 'wang'], [], true)], entities);
    assert.deepEqual(all.map((d) => [d.codes?.source, d.codes?.target]), [['USAGOV', 'JPNGOV'], ['USAGOV', 'CHNGOV'], ['JPNGOV', 'CHNGOV']]);
    const merged = codeSides([{ ...draft(['blinken', 'motegi', 'wang'], [], true), merged: true }], entities);
    assert.deepEqual(merged.map((d) => [d.codes?.source, d.codes?.target]), [['USAGOV', 'JPNGOV'], ['USAGOV', 'CHNGOV']]);
    // Co-hosts or travellers named in one list did not meet each other by that word.
    const hosting = codeSides([draft(['blinken', 'motegi', 'wang'], [], true, 'hosting')], entities);
    assert.deepEqual(hosting.map((d) => [d.codes?.source, d.codes?.target]), [['USAGOV', 'JPNGOV'], ['USAGOV', 'CHNGOV']]);
  });

  it('drops what has no other side, and never lets an actor face itself', () => {
    assert.deepEqual(codeSides([draft(['blinken'], [])], entities), []);
    assert.deepEqual(codeSides([draft(['blinken'], ['blinken'])], entities), []);
    assert.deepEqual(codeSides([draft(['blinken'], [], true)], entities), []);
  });
});

describe('codes the sentence gives', () => {
  it('an agent qualified by two countries counts once per country; a lone stance keeps no target', () => {
    const d = { ...draft(['police'], []), alone: true, actorCodes: new Map([['police', ['USACOP', 'GBRCOP']]]) };
    assert.deepEqual(codeSides([d], entities).map((x) => [x.source, x.target, x.codes]), [
      [['police'], [], { source: 'USACOP', target: null }], [['police'], [], { source: 'GBRCOP', target: null }],
    ]);
  });
});
