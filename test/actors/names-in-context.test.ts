import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';

function actors(text: string, date = '2021-06-01') {
  return sharedAnalyzer().analyze({ text }, { date }).entities.map((e) => ({ type: e.type, name: e.name, wikidata: e.wikidata, surfaces: e.mentions.map((m) => m.text) }));
}

describe('names in context', () => {
  it('a headline capitalises words after the name: the mention stops at the name the office holder bears', () => {
    const found = actors('German Foreign Minister Heiko Maas Opening Remarks\n\nThe minister spoke in Berlin.');
    const maas = found.find((e) => e.name === 'Heiko Maas');
    assert.ok(maas, JSON.stringify(found));
    assert.deepEqual(maas.surfaces.slice(0, 1), ['Heiko Maas']);
  });
  it('keeps hyphenated given names and elided particles whole', () => {
    const found = actors('Lawmaker Cheng Chung-tai spoke to Patrizia d\'Ettorre on Monday.');
    const surfaces = found.flatMap((e) => e.surfaces);
    assert.ok(surfaces.includes('Cheng Chung-tai'), JSON.stringify(surfaces));
    assert.ok(surfaces.includes("Patrizia d'Ettorre"), JSON.stringify(surfaces));
  });
  it('an organisation name that holds a place name stays one organisation', () => {
    const found = actors('She studied at the Massachusetts Institute of Technology before joining the ministry.');
    const mit = found.find((e) => e.surfaces.includes('Massachusetts Institute of Technology'));
    assert.equal(mit?.type, 'ORG', JSON.stringify(found));
  });
  it('a capitalised phrase that opens with no given name is no person', () => {
    const found = actors('The festival, called National Magic Month, drew crowds. Noam Chomsky did not attend.');
    assert.ok(!found.some((e) => e.type === 'PERSON' && e.surfaces.includes('National Magic Month')));
    assert.ok(found.some((e) => e.type === 'PERSON' && e.surfaces.includes('Noam Chomsky')));
  });
});

describe('capitals', () => {
  it('stand for the government where they act or are dealt with, and are places elsewhere', () => {
    const found = sharedAnalyzer().analyze({ text: 'Beijing said it would respond. Envoys met in Beijing, then Moscow hosted talks with Washington. She lived near Copenhagen.' }, { date: '2021-06-01' });
    const kindOf = (surface: string, nth = 0) => {
      const ms = found.entities.flatMap((e) => e.mentions.map((m) => ({ m, e }))).filter((x) => x.m.text === surface).sort((a, b) => a.m.start - b.m.start);
      const hit = ms[nth]!;
      return `${hit.e.type}:${hit.e.cameo ?? ''}`;
    };
    assert.equal(kindOf('Beijing', 0), 'ORG:CHNGOV');
    assert.equal(kindOf('Beijing', 1).split(':')[0], 'GPE');
    assert.equal(kindOf('Moscow'), 'ORG:RUSGOV');
    assert.equal(kindOf('Washington'), 'ORG:USAGOV');
    assert.equal(kindOf('Copenhagen').split(':')[0], 'GPE');
  });
  it('a surname in the title takes the record the full name in the text links to', () => {
    const found = actors('Secretary Blinken’s Call with Israeli Foreign Minister Ashkenazi\n\nSecretary of State Antony J. Blinken spoke today with Israeli Foreign Minister Gabi Ashkenazi. The Secretary and the Foreign Minister discussed the region.', '2021-05-21');
    const blinken = found.find((e) => e.surfaces.includes('Antony J. Blinken'));
    assert.equal(blinken?.wikidata, 'Q7821917', JSON.stringify(found));
    assert.ok(blinken?.surfaces.includes('Blinken'));
    // "the Foreign Minister" is the one so titled, not the Secretary of State who also runs foreign affairs.
    const ashkenazi = found.find((e) => e.surfaces.includes('Gabi Ashkenazi'));
    assert.ok(ashkenazi?.surfaces.includes('Foreign Minister'), JSON.stringify(found));
    assert.ok(!blinken?.surfaces.includes('Foreign Minister'));
  });
});
