import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pinyinName, wadeGilesName } from '../../src/kb/readings/chinese.js';
import { koreanFamilySpellings, koreanGivenSpellings, revisedRomanization } from '../../src/kb/readings/korean.js';
import { cyrillicSpellings } from '../../src/kb/readings/cyrillic.js';
import { japaneseSpellingVariants } from '../../src/kb/readings/japanese.js';
import { normalizeName, osaDistance } from '../../src/kb/normalize.js';
import { classifyTitle, kindOfQueryTitle } from '../../src/kb/post-kinds.js';
import { splitCameo, cameoOfOffice } from '../../src/kb/cameo.js';

describe('romanisation and transliteration', () => {
  it('Chinese: pinyin and Wade–Giles (Tsai Ing-wen / Cai Yingwen)', () => {
    assert.equal(pinyinName('蔡'), 'Cai');
    assert.equal(pinyinName('英文'), 'Yingwen');
    assert.equal(wadeGilesName('蔡'), 'Tsai');
    assert.equal(wadeGilesName('英文'), 'Ying-wen');
    assert.equal(wadeGilesName('近平'), 'Chin-ping');
  });

  it('Korean: Revised Romanisation and the family-name spellings in use', () => {
    assert.equal(revisedRomanization('문재인'), 'munjaein');
    assert.ok(koreanFamilySpellings('이').includes('Lee'));
    assert.ok(koreanFamilySpellings('이').includes('Yi'));
    assert.ok(koreanFamilySpellings('박').includes('Park'));
    assert.ok(koreanGivenSpellings('재명').includes('Jae-myung'));
  });

  it('Cyrillic: Zelenskyy, Zelensky, Zelenskiy, Zelenskyi all come from Зеленський', () => {
    const all = cyrillicSpellings('Зеленський', 'uk');
    for (const s of ['Zelenskyi', 'Zelenskyy', 'Zelensky', 'Zelenskiy']) assert.ok(all.includes(s), `${s} in ${all.join(', ')}`);
  });

  it('Japanese long vowels: Shinzō → Shinzo, Shinzou, Shinzoh', () => {
    assert.deepEqual(japaneseSpellingVariants('Shinzō').sort(), ['Shinzo', 'Shinzoh', 'Shinzou', 'Shinzō'].sort());
  });
});

describe('names, titles and codes', () => {
  it('normalises accents and punctuation, keeping CJK', () => {
    assert.equal(normalizeName('Mevlüt Çavuşoğlu'), 'mevlut cavusoglu');
    assert.equal(normalizeName("Jun'ichirō  Koizumi"), 'junichiro koizumi');
    assert.equal(normalizeName('茂木 敏充'), '茂木 敏充');
  });

  it('counts a transposition as one edit ("Dehli" → "Delhi")', () => {
    assert.equal(osaDistance('dehli', 'delhi'), 1);
    assert.equal(osaDistance('abc', 'abc'), 0);
  });

  it('classifies titles into kinds, with Secretary of State foreign only in the USA', () => {
    assert.equal(classifyTitle('Minister for Foreign Affairs').kind, 'foreign');
    // A foreign ministry that also runs trade is still the foreign ministry; a foreign-trade ministry is not.
    assert.equal(classifyTitle('Minister for Foreign Affairs and Trade').kind, 'foreign');
    assert.equal(classifyTitle('Minister of Foreign Trade').kind, 'other');
    assert.equal(classifyTitle('Director of the Office of the Central Foreign Affairs Commission').kind, 'other');
    assert.equal(classifyTitle('Secretary of State', 'USA').kind, 'foreign');
    assert.equal(classifyTitle('Secretary of State', 'GBR').kind, 'other');
    assert.equal(classifyTitle('Prime Minister of Japan', 'JPN', new Set(['japan'])).kind, 'head_of_government');
    assert.equal(classifyTitle('President of Russia', 'RUS', new Set(['russia'])).kind, 'head_of_state');
    assert.equal(classifyTitle('President of the Sakha Republic', 'RUS', new Set(['russia'])).kind, 'other');
    assert.equal(classifyTitle('President of the House of Councillors').kind, 'legislature');
    assert.equal(classifyTitle('Minister of Defence').sector, 'MIL');
    assert.equal(kindOfQueryTitle('top diplomat'), 'foreign');
  });

  it('splits CAMEO codes and codes offices as CAMEO does', () => {
    const isCountry = (c: string) => ['USA', 'JPN', 'RUS'].includes(c);
    assert.deepEqual(splitCameo('USAGOVLEG', isCountry), { country: 'USA', sector: 'LEG', sectors: ['GOV', 'LEG'] });
    assert.deepEqual(splitCameo('~COP', isCountry), { country: '', sector: 'COP', sectors: ['COP'] });
    assert.deepEqual(splitCameo('IGOUNO', isCountry), { country: '', sector: 'IGO', sectors: ['IGO'] });
    assert.equal(cameoOfOffice({ country: 'USA', sector: 'MIL', kind: 'defence' }), 'USAGOVMIL');
    assert.equal(cameoOfOffice({ country: 'JPN', sector: 'GOV', kind: 'head_of_government' }), 'JPNGOV');
  });
});
