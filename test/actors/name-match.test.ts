import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Person } from '../../src/kb/model.js';
import { matchName } from '../../src/actors/name-match.js';

const motegi: Person = {
  id: 'Q1655453', wikidata: 'Q1655453', name: 'Toshimitsu Motegi', sources: [],
  names: [{ text: 'Toshimitsu Motegi', lang: 'en', kind: 'label', source: 't' }],
  readings: [{ native: '茂木敏充', lang: 'ja', family: '茂木', given: '敏充', familyReadings: ['Motegi', 'Mogi', 'Shigeki'], givenReadings: ['Toshimitsu'] }],
};
const blinken: Person = { id: 'Q7821917', wikidata: 'Q7821917', name: 'Antony Blinken', sources: [], names: [{ text: 'Antony Blinken', lang: 'en', kind: 'label', source: 't' }], readings: [] };
const wang: Person = {
  id: 'Q701801', wikidata: 'Q701801', name: 'Wang Yi', sources: [], names: [{ text: 'Wang Yi', lang: 'en', kind: 'label', source: 't' }],
  readings: [{ native: '王毅', lang: 'zh-Hans', family: '王', given: '毅', familyReadings: ['Wang'], givenReadings: ['Yi'] }],
};

describe('name matching', () => {
  it('accepts the record name, the surname alone and nicknames', () => {
    assert.equal(matchName('Antony Blinken', blinken).wrongParts.length, 0);
    assert.ok(matchName('Blinken', blinken).score > 0.9);
    assert.equal(matchName('Tony Blinken', blinken).wrongParts.length, 0);
    assert.equal(matchName('Antony J. Blinken', blinken).wrongParts.length, 0);
  });
  it('finds a wrong given name', () => {
    assert.deepEqual(matchName('John Blinken', blinken).wrongParts.map((w) => [w.part, w.wrong, w.right, w.how]), [['given', 'john', 'antony', 'different']]);
  });
  it('finds another reading of the family name, and a wrong given name beside it', () => {
    const m = matchName('Toshimichi Mogi', motegi);
    assert.ok(m.familyMatched);
    assert.deepEqual(m.wrongParts.map((w) => [w.part, w.wrong, w.right, w.how]), [['family', 'mogi', 'motegi', 'reading'], ['given', 'toshimichi', 'toshimitsu', 'different']]);
    assert.equal(m.wrongParts[0]!.native, '茂木');
  });
  it('reads Chinese names family first', () => {
    assert.equal(matchName('Wang', wang).familyMatched, true);
    assert.equal(matchName('Wang Yi', wang).wrongParts.length, 0);
  });
  it('does not match other people', () => {
    assert.equal(matchName('Austin', blinken).score, 0);
    assert.equal(matchName('Kishi', motegi).score, 0);
  });
  it('takes a one-letter difference in the family name for a transliteration of the same person, not an error', () => {
    const m = matchName('Antony Blinkin', blinken);
    assert.ok(m.familyMatched);
    assert.deepEqual(m.wrongParts, []);
  });
  it('flags other readings of Japanese names only: Cyrillic and Korean romanisations are all right', () => {
    const zelenskyy: Person = {
      id: 'Q3881980', wikidata: 'Q3881980', name: 'Volodymyr Zelenskyy', sources: [], names: [{ text: 'Volodymyr Zelenskyy', lang: 'en', kind: 'label', source: 't' }],
      readings: [{ native: 'Зеленський Володимир', lang: 'uk', family: 'Зеленський', given: 'Володимир', familyReadings: ['Zelensky', 'Zelenskiy'], givenReadings: ['Volodymyr'] }],
    };
    assert.deepEqual(matchName('Zelensky', zelenskyy).wrongParts, []);
    assert.ok(matchName('Zelensky', zelenskyy).familyMatched);
    assert.deepEqual(matchName('Shigeki', motegi).wrongParts.map((w) => w.wrong), ['shigeki']);
  });
  it('reads particles, extra given names and short forms as the same name', () => {
    const sisi: Person = { id: 'Q53713', wikidata: 'Q53713', name: 'Abdel Fattah el-Sisi', sources: [], names: [{ text: 'Abdel Fattah el-Sisi', lang: 'en', kind: 'label', source: 't' }], readings: [] };
    assert.deepEqual(matchName('Abdel Fattah Al Sisi', sisi).wrongParts, []);
    const gantz: Person = { id: 'Q1335591', wikidata: 'Q1335591', name: 'Benny Gantz', sources: [], names: [{ text: 'Benny Gantz', lang: 'en', kind: 'label', source: 't' }], readings: [] };
    assert.deepEqual(matchName('Benjamin Gantz', gantz).wrongParts, []);
    const obiang: Person = { id: 'Q57665', wikidata: 'Q57665', name: 'Obiang Nguema Mbasogo', sources: [], names: [{ text: 'Obiang Nguema Mbasogo', lang: 'en', kind: 'label', source: 't' }], readings: [] };
    assert.deepEqual(matchName('Teodoro Obiang Nguema Mbasogo', obiang).wrongParts, []);
  });
});

describe('closeSpelling', () => {
  it('agrees with the edit distance: near misses in, other names out, swaps in', async () => {
    const { closeSpelling } = await import('../../src/actors/name-match.js');
    assert.equal(closeSpelling('garibashvili', 'gharibashvili'), true);
    assert.equal(closeSpelling('ahmed', 'ahmad'), true);
    assert.equal(closeSpelling('dehli', 'delhi'), true);
    assert.equal(closeSpelling('toshimichi', 'toshimitsu'), false);
    assert.equal(closeSpelling('antony', 'anthony'), true);
    assert.equal(closeSpelling('martin', 'marvin'), true);
    assert.equal(closeSpelling('martin', 'justin'), false);
    assert.equal(closeSpelling('çavuşoğlu', 'cavusoglu'), false);
  });
});
