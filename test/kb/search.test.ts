import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundledKb } from './helpers.js';

const kb = bundledKb();
after(() => kb.close());

const top = (name: string, opts: { country?: string; date?: string } = {}) => kb.search(name, opts)[0];

describe('search: tolerant of spelling, accents and romanisation', () => {
  it('finds a person by family name alone, and by a wrong given name', () => {
    assert.equal(top('Blinken')?.person.wikidata, 'Q7821917');
    const john = top('John Blinken', { date: '2021-03-16' });
    assert.equal(john?.person.wikidata, 'Q7821917');
    assert.ok((john?.score ?? 1) < 0.9, 'a wrong given name costs score');
  });

  it('finds Motegi by other Japanese readings of 茂木 (Mogi, Shigeki)', () => {
    for (const q of ['Toshimitsu Mogi', 'Toshimitsu Shigeki', 'Mogi']) {
      const c = top(q, { country: 'JPN', date: '2021-03-16' });
      assert.equal(c?.person.wikidata, 'Q1655453', q);
      assert.equal(c?.matchKind, 'reading', q);
    }
  });

  it('finds Suga by the reading Kan of 菅, but Naoto Kan by his own name', () => {
    const suga = kb.search('Kan', { country: 'JPN', date: '2021-03-16' }).map((c) => c.person.wikidata);
    assert.ok(suga.includes('Q122465'));
    assert.equal(top('Naoto Kan')?.person.wikidata, 'Q47846');
  });

  it('ignores accents and tolerates a typo', () => {
    assert.equal(top('Mevlut Cavusoglu')?.person.wikidata, 'Q249206');
    assert.equal(top('Antony Blinkin')?.person.wikidata, 'Q7821917');
  });

  it('matches transliterations of Cyrillic and romanisations of Chinese and Korean names', () => {
    for (const q of ['Zelensky', 'Zelenskiy', 'Volodymyr Zelenskyi']) assert.match(top(q)?.person.name ?? '', /Zelensk/, q);
    assert.equal(top('Xi Jinping')?.person.name, 'Xi Jinping');
    assert.equal(top('Hsi Chin-ping')?.person.name, 'Xi Jinping');
    assert.match(top('Moon Jae-in')?.person.name ?? '', /Moon Jae-in/);
  });

  it('prefers the person holding office in the country on the date', () => {
    const c = top('Wang Yi', { country: 'CHN', date: '2021-03-16' });
    assert.equal(c?.person.wikidata, 'Q701801');
    assert.ok(c?.offices.some((o) => o.kind === 'foreign'));
  });

  it('finds names in their own script, with or without a space between family and given name', () => {
    assert.equal(top('茂木敏充')?.person.wikidata, 'Q1655453');
    assert.equal(top('茂木 敏充')?.person.wikidata, 'Q1655453');
    assert.match(top('Зеленський')?.person.name ?? '', /Zelensk/);
    assert.equal(top('Xi Jin-ping')?.person.name, 'Xi Jinping');
  });

  it('gives nothing for a name nobody has', () => {
    assert.equal(kb.search('Qwxyzzy Vbnmkj').length, 0);
  });
});

describe('person', () => {
  it('gives names in every script and offices over time', () => {
    const r = kb.person('Q1655453');
    assert.ok(r);
    assert.ok(r.person.names.some((n) => n.text === '茂木敏充' && n.lang === 'ja' && n.family === '茂木' && n.given === '敏充'));
    assert.ok(r.person.readings[0]?.familyReadings.includes('Shigeki'));
    assert.ok(r.offices.length >= 2);
    const onDate = kb.person('Toshimitsu Motegi', { date: '2021-03-16' });
    assert.deepEqual(onDate?.offices.map((o) => o.kind), ['foreign']);
  });
});
