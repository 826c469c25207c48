import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { DocMeta } from '../../src/doc/meta.js';
import { Pipeline } from '../../src/pipeline/runner.js';
import { structureStage } from '../../src/structure/stage.js';
import { sentencesStage } from '../../src/text/stage.js';
import { parseTitlePhrase } from '../../src/actors/title-phrase.js';
import { tokenView } from '../../src/actors/token-view.js';
import { sharedAnalyzer } from '../helpers.js';

const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };
const COUNTRIES: Record<string, string> = { 'u.s.': 'USA', japanese: 'JPN', 'white house': 'USA', china: 'CHN', "china's": 'CHN', france: 'FRA', chinese: 'CHN' };
const lookups = { countryOf: (t: string, _norm: string) => COUNTRIES[t.toLowerCase()] ?? null };

function titles(text: string) {
  const doc = new Pipeline([structureStage, sentencesStage], { resources: sharedAnalyzer().resources }).run(new Doc(text, meta));
  const toks = tokenView(doc);
  const out: { title: string; country: string | null; offices: readonly string[]; name: string | null }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const p = parseTitlePhrase(toks, i, toks.length, lookups);
    if (!p) continue;
    const slice = (s: number, e: number) => text.slice(toks[s]!.start, toks[e - 1]!.end);
    out.push({ title: slice(p.titleStart, p.titleEnd), country: p.country, offices: p.offices, name: p.name ? slice(p.name.start, p.name.end) : null });
    i = (p.name ? p.name.end : p.titleEnd) - 1;
  }
  return out;
}

describe('title phrases', () => {
  it('country, office and name apart', () => {
    assert.deepEqual(titles('U.S. Secretary of State John Blinken met reporters.'), [
      { title: 'U.S. Secretary of State', country: 'USA', offices: ['Secretary of State'], name: 'John Blinken' },
    ]);
  });
  it('an organisation prefix and a bare title', () => {
    assert.deepEqual(titles('White House National Security Adviser Sullivan and Prime Minister Kan spoke.').map((t) => [t.title, t.country, t.name]), [
      ['White House National Security Adviser', 'USA', 'Sullivan'],
      ['Prime Minister', null, 'Kan'],
    ]);
  });
  it('conjoined offices', () => {
    assert.deepEqual(titles('They met State Councilor and Foreign Minister Wang Yi.')[0]!.offices, ['State Councilor', 'Foreign Minister']);
  });
  it('a country after the office, and a possessive country', () => {
    assert.deepEqual(titles('The President of France Emmanuel Macron arrived.')[0]!.country, 'FRA');
    assert.deepEqual(titles("China's foreign minister said so.")[0], { title: "China's foreign minister", country: 'CHN', offices: ['foreign minister'], name: null });
  });
  it('title-only mentions need "the" or a country', () => {
    assert.equal(titles('The foreign minister said so.')[0]!.name, null);
    assert.deepEqual(titles('He became minister in 2019.'), []);
  });
  it('plural titles are no single person', () => {
    assert.deepEqual(titles('The two foreign ministers met.'), []);
  });
  it('lower-case titles before a name are no title, save after "former"', () => {
    assert.deepEqual(titles('as secretary of state Blinken'), []);
    assert.equal(titles('former Prime Minister Naoto Kan')[0]!.name, 'Naoto Kan');
  });
});
