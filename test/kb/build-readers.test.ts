import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHolders } from '../../scripts/kb/read-factbook.js';
import { csvRecords } from '../../scripts/kb/csv.js';
import { KbDraft } from '../../scripts/kb/draft.js';

describe('Factbook executive-branch parser (kb:build)', () => {
  const one = (text: string) => parseHolders(text).map((h) => [h.title, h.name, h.since]);

  it('splits title, name and since-date, the family name being the word in capitals', () => {
    assert.deepEqual(one('President Donald J. TRUMP (since 20 January 2025)'), [['President', 'Donald J. Trump', '2025-01-20']]);
    assert.deepEqual(one('Premier LI Qiang (since 11 March 2023)'), [['Premier', 'Li Qiang', '2023-03-11']]);
    assert.deepEqual(one('Emperor NARUHITO (since 1 May 2019)'), [['Emperor', 'Naruhito', '2019-05-01']]);
    assert.deepEqual(one('President Denis SASSOU-Nguesso (since 1997)'), [['President', 'Denis Sassou-Nguesso', '1997']]);
  });

  it('keeps ranks, parentheses and regnal numbers out of the way', () => {
    assert.deepEqual(one('Transitional President Capt. Ibrahim TRAORE (since 30 September 2022)'), [['Transitional President', 'Ibrahim Traore', '2022-09-30']]);
    assert.deepEqual(one('Premier CHO Jung-tai (President of the Executive Yuan) (since 20 May 2024)'), [['Premier', 'Cho Jung-tai', '2024-05-20']]);
    assert.deepEqual(one('King CHARLES III (since 8 September 2022)'), [['King', 'Charles III', '2022-09-08']]);
    assert.deepEqual(one('President of China XI Jinping (since 14 March 2013)'), [['President of China', 'Xi Jinping', '2013-03-14']]);
  });

  it('gives a person holding two posts both', () => {
    assert.deepEqual(one('Prime Minister and Foreign Minister Muhammad bin Abd al-Rahman AL THANI (since 7 March 2023)').map((r) => r[0]), ['Prime Minister', 'Foreign Minister']);
  });

  it('skips notes and holders without a since-date', () => {
    assert.deepEqual(one('none; note - the monarchy was abolished'), []);
  });
});

describe('KbDraft (kb:build)', () => {
  it('files titles of one single-holder kind under one post, and one Wikidata position under one post', () => {
    const d = new KbDraft((iso3) => new Set(iso3 === 'JPN' ? ['japan'] : []));
    const a = d.post({ country: 'JPN', title: 'Minister for Foreign Affairs' });
    const b = d.post({ country: 'JPN', title: 'Foreign Minister of Japan' });
    assert.equal(a, 'JPN:foreign');
    assert.equal(b, 'JPN:foreign');
    const c = d.post({ country: 'CHN', title: 'President', wikidata: 'Q655407' });
    const e = d.post({ country: 'CHN', title: "President of the People's Republic of China", wikidata: 'Q655407' });
    assert.equal(c, e);
  });

  it('finds a person again by name without a Wikidata id, loosely on first and last word', () => {
    const d = new KbDraft();
    const id = d.person({ wikidata: 'Q22686', name: 'Donald Trump', source: 'ep-holders' });
    assert.equal(d.findPersonByName('Donald J. Trump'), id);
    assert.equal(d.person({ name: 'Marco Rubio', source: 'curated' }), 'kb:marco-rubio');
  });

  it('knows a Factbook spelling of a holder of the same post, but not a relative who followed them', () => {
    const d = new KbDraft();
    const post = d.post({ country: 'KAZ', title: 'President' });
    const khm = d.post({ country: 'KHM', title: 'Prime Minister' });
    const esp = d.post({ country: 'ESP', title: 'Prime Minister' });
    const tokayev = d.person({ wikidata: 'Q200881', name: 'Kassym-Jomart Tokayev', source: 'ep-holders' });
    const hunSen = d.person({ wikidata: 'Q189372', name: 'Hun Sen', source: 'ep-holders' });
    const sanchez = d.person({ wikidata: 'Q6690', name: 'Pedro Sánchez', source: 'ep-holders' });
    d.occupancy({ person: tokayev, post, start: '2019', source: 'ep-holders', where: 't' });
    d.occupancy({ person: hunSen, post: khm, start: '1985', source: 'ep-holders', where: 't' });
    d.occupancy({ person: sanchez, post: esp, start: '2018-06-02', source: 'ep-holders', where: 't' });
    assert.equal(d.holderWithFamilyName(post, 'Tokayev', 'Kasym-Zhomart Tokayev'), tokayev);
    assert.equal(d.holderWithFamilyName(esp, 'Sanchez Perez-Castejon', 'Pedro Sanchez Perez-Castejon'), sanchez);
    assert.equal(d.holderWithFamilyName(khm, 'Hun Manet', 'Hun Manet'), undefined);
  });

  it('reports bad dates with where they were', () => {
    const d = new KbDraft();
    d.occupancy({ person: 'Q1', post: 'X:y', start: '2014s', end: null, source: 'ep-holders', where: 'IRQ.csv:197' });
    assert.deepEqual(d.problems, ["IRQ.csv:197: bad start date '2014s'"]);
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    assert.deepEqual(csvRecords('a,b\n"x, y","say ""hi""\nthere"\n'), [{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });
});
