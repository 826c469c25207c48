import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';

function entities(text: string, date = '2021-06-01') {
  return sharedAnalyzer().analyze({ text }, { date }).entities;
}
const withSurface = (found: ReturnType<typeof entities>, s: string) => found.find((e) => e.mentions.some((m) => m.text === s));

describe('states and provinces', () => {
  it('a US state is a place of its own in the United States, not the country', () => {
    const found = entities('The senators flew to Alaska and then to Ontario.');
    const alaska = withSurface(found, 'Alaska');
    assert.equal(alaska?.type, 'GPE');
    assert.equal(alaska?.country, 'USA');
    assert.notEqual(alaska?.kbId, 'country:USA');
    assert.equal(withSurface(found, 'Ontario')?.country, 'CAN');
  });
  it('a name shared with a country stays the country', () => {
    assert.equal(withSurface(entities('Officials in Georgia denied the report.'), 'Georgia')?.kbId, 'country:GEO');
  });
});

describe('a place before a known place', () => {
  it('"in Anchorage, Alaska": the unknown town is a place in the known place’s country', () => {
    const anchorage = withSurface(entities('They will meet later this week in Anchorage, Alaska, with Chinese officials.'), 'Anchorage');
    assert.equal(anchorage?.type, 'LOC');
    assert.equal(anchorage?.country, 'USA');
  });
  it('needs the preposition of place: a list of names is no place', () => {
    const found = entities('Speakers included Barker, France and others.');
    assert.ok(!found.some((e) => e.type === 'LOC' && e.mentions.some((m) => m.text === 'Barker')));
  });
});

describe('names with a possessive inside', () => {
  it('"People\'s Republic of China" is China, whatever the apostrophe; "Republic of China" alone is Taiwan', () => {
    for (const text of ["The People's Republic of China protested.", 'The People’s Republic of China protested.']) {
      const china = entities(text).find((e) => e.mentions.some((m) => m.text.endsWith('Republic of China')));
      assert.equal(china?.country, 'CHN', text);
      assert.ok(china?.mentions.some((m) => m.text.startsWith('People')), text);
    }
    assert.equal(withSurface(entities('The Republic of China protested.'), 'Republic of China')?.country, 'TWN');
  });
});

describe('words for a region\'s people', () => {
  it('"West Africans", "Latin Americans" are the region\'s people: no person, no country ("Americans" inside is not the US)', () => {
    const found = entities('West Africans fled Nigeria while Latin Americans protested in Madrid.');
    const west = withSurface(found, 'West Africans');
    assert.equal(west?.type, 'LOC');
    assert.equal(west?.country, null);
    assert.equal(withSurface(found, 'Latin Americans')?.country, null);
    assert.equal(withSurface(found, 'Americans'), undefined);
  });
});
