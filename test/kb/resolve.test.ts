import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundledKb } from './helpers.js';

const kb = bundledKb();
after(() => kb.close());

describe('resolve: the best actor for a short phrase', () => {
  const date = '2021-03-16';
  const cases: [phrase: string, country: string, sector: string, extra?: { wikidata?: string; cameo?: string }][] = [
    ['President Kassym-Jomart Tokayev', 'KAZ', 'GOV', { wikidata: 'Q200881', cameo: 'KAZGOV' }],
    ['Dehli police', 'IND', 'COP'],
    ['four Saudi men', 'SAU', 'PPL'],
    ['American warplanes', 'USA', 'MIL'],
    ['the Kremlin', 'RUS', 'GOV', { cameo: 'RUSGOV' }],
    ['the Pentagon', 'USA', 'MIL'],
    ['a Somalia-based paramilitary group', 'SOM', 'MIL'],
    ['Congressional group', 'USA', 'LEG'],
    ['Japanese Foreign Minister', 'JPN', 'GOV', { wikidata: 'Q1655453' }],
    ['U.S. Defense Secretary Austin', 'USA', 'MIL', { wikidata: 'Q941013', cameo: 'USAGOVMIL' }],
    ['Secretary of State Antony Blinken', 'USA', 'GOV', { wikidata: 'Q7821917', cameo: 'USAGOV' }],
    ['the United Nations', '', 'IGO', { cameo: 'IGOUNO' }],
    ['NATO', '', 'IGO', { cameo: 'IGOWSTNAT' }],
    ['al-Qaeda', '', 'IMG', { cameo: 'IMGMUSALQ' }],
    ['the State Department', 'USA', 'GOV', { cameo: 'USAGOV' }],
    ['the US', 'USA', ''],
    ['us', '', ''],
    ['the Taliban', 'AFG', 'REB'],
    ['Chinese students', 'CHN', 'EDU'],
    ['the Biden administration', 'USA', 'GOV'],
    ['Mr. Blinken', 'USA', 'GOV', { wikidata: 'Q7821917' }],
    ['the Japanese premier', 'JPN', 'GOV', { wikidata: 'Q122465' }],
    ['Iranian officials', 'IRN', ''],
    ['a cat named Frank', '', ''],
    ['He', '', ''],
    ['they', '', ''],
  ];
  for (const [phrase, country, sector, extra] of cases) {
    it(`"${phrase}" → ${country || '∅'} ${sector || '∅'}`, () => {
      const r = kb.resolve(phrase, { date });
      assert.equal(r.country, country, JSON.stringify(r));
      assert.equal(r.sector, sector, JSON.stringify(r));
      if (extra?.wikidata) assert.equal(r.wikidata, extra.wikidata);
      if (extra?.cameo) assert.equal(r.cameo, extra.cameo);
      if (!country && !sector) assert.equal(r.confidence, 0);
    });
  }

  it('a title names the holder on the date: "Prime Minister Kan" in 2021 is not Naoto Kan', () => {
    const r = kb.resolve('Prime Minister Kan', { date });
    assert.equal(r.country, 'JPN');
    assert.notEqual(r.wikidata, 'Q47846');
    const then = kb.resolve('Prime Minister Naoto Kan', { date: '2011-01-01' });
    assert.equal(then.wikidata, 'Q47846');
  });
});
