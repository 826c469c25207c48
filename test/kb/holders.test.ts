import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundledKb } from './helpers.js';

const kb = bundledKb();
after(() => kb.close());

function holder(country: string, post: string, date: string): { name: string; wikidata: string | null; source: string } {
  const found = kb.holders({ country, post, date });
  assert.ok(found.length > 0, `no holder of ${post} in ${country} on ${date}`);
  const first = found[0];
  assert.ok(first);
  return first;
}

describe('holders on the example article\'s date, 2021-03-16', () => {
  const date = '2021-03-16';
  const cases: [string, string, string, string][] = [
    ['USA', 'Secretary of State', 'Antony Blinken', 'Q7821917'],
    ['USA', 'Secretary of Defense', 'Lloyd Austin', 'Q941013'],
    ['USA', 'National Security Advisor', 'Jake Sullivan', 'Q16730147'],
    ['USA', 'President', 'Joe Biden', 'Q6279'],
    ['JPN', 'Prime Minister', 'Yoshihide Suga', 'Q122465'],
    ['JPN', 'Foreign Minister', 'Toshimitsu Motegi', 'Q1655453'],
    ['JPN', 'Defense Minister', 'Nobuo Kishi', 'Q1995125'],
    ['CHN', 'Foreign Minister', 'Wang Yi', 'Q701801'],
    ['CHN', 'Director of the Office of the Central Foreign Affairs Commission', 'Yang Jiechi', 'Q58211'],
  ];
  for (const [country, post, name, qid] of cases) {
    it(`${post} of ${country} is ${name}`, () => {
      const h = holder(country, post, date);
      assert.equal(h.name, name);
      assert.equal(h.wikidata, qid);
    });
  }

  it('matches a post by its aliases: "Foreign Minister", "Minister for Foreign Affairs" and "top diplomat" are one post', () => {
    const a = kb.holders({ country: 'JPN', post: 'Minister for Foreign Affairs', date });
    const b = kb.holders({ country: 'Japan', post: 'top diplomat', date });
    assert.deepEqual(a.map((h) => h.wikidata), ['Q1655453']);
    assert.deepEqual(b.map((h) => h.wikidata), ['Q1655453']);
  });
});

describe('holders at other dates', () => {
  it('Naoto Kan was prime minister of Japan on 2011-01-01', () => {
    assert.equal(holder('JPN', 'Prime Minister', '2011-01-01').wikidata, 'Q47846');
  });

  it('after the 2022 snapshots: Qin Gang was China\'s foreign minister on 2023-03-01', () => {
    assert.equal(holder('CHN', 'Foreign Minister', '2023-03-01').name, 'Qin Gang');
  });

  it('Sanae Takaichi was prime minister of Japan on 2026-01-15', () => {
    assert.equal(holder('JPN', 'Prime Minister', '2026-01-15').name, 'Sanae Takaichi');
  });

  it('Marco Rubio was US secretary of state on 2025-06-01 (the 2022 snapshot\'s open term for Blinken ended)', () => {
    const all = kb.holders({ country: 'USA', post: 'Secretary of State', date: '2025-06-01' });
    assert.deepEqual(all.map((h) => h.name), ['Marco Rubio']);
  });

  it('Germany, which has no holders file, is covered from the other sources', () => {
    assert.equal(holder('DEU', 'Chancellor', '2019-06-01').name, 'Angela Merkel');
    assert.equal(holder('DEU', 'Chancellor', '2023-06-01').name, 'Olaf Scholz');
    assert.equal(holder('DEU', 'Foreign Minister', '2022-06-01').name, 'Annalena Baerbock');
  });

  it('regression: Saudi Arabia\'s king in 2024 is Salman — a source showing the crown prince as king is not believed', () => {
    assert.deepEqual(kb.holders({ country: 'SAU', post: 'King', date: '2024-06-01' }).map((h) => h.wikidata), ['Q367825']);
  });

  it('regression: "President of the Sakha Republic" is not Russia\'s head of state', () => {
    assert.deepEqual(kb.holders({ country: 'RUS', post: 'President', date: '2021-03-16' }).map((h) => h.name), ['Vladimir Putin']);
  });

  it('regression: a junior defence post does not share the defence minister\'s post (Australia 2021)', () => {
    assert.deepEqual(kb.holders({ country: 'AUS', post: 'Defence Minister', date: '2021-03-16' }).map((h) => h.name), ['Linda Reynolds']);
  });

  it('a date before anyone held the post gives nobody, and no date gives every holder', () => {
    assert.equal(kb.holders({ country: 'USA', post: 'Secretary of State', date: '1800-01-01' }).length, 0);
    assert.ok(kb.holders({ country: 'USA', post: 'Secretary of State' }).length >= 8);
  });

  it('each holder keeps the source of its term', () => {
    for (const h of kb.holders({ country: 'JPN', post: 'Prime Minister' })) assert.match(h.source, /^(ep-|curated|factbook|world-leaders-current)/);
  });
});

describe('countries and metonyms', () => {
  it('finds a country by name, demonym, ISO2/ISO3 and city', () => {
    assert.equal(kb.countryCode('Japanese'), 'JPN');
    assert.equal(kb.countryCode('U.S.'), 'USA');
    assert.equal(kb.countryCode('American'), 'USA');
    assert.equal(kb.countryCode('DE'), 'DEU');
    assert.equal(kb.countryCode('Beijing'), 'CHN');
  });

  it('does not take the pronoun "us" for the United States', () => {
    assert.equal(kb.countriesByName('us').length, 0);
    assert.equal(kb.countriesByName('US')[0]?.country.iso3, 'USA');
  });

  it('knows metonyms: the Kremlin, the Pentagon, the White House', () => {
    assert.equal(kb.actorsByName('Kremlin')[0]?.codes[0]?.code, 'RUSGOV');
    assert.equal(kb.actorsByName('the White House')[0]?.codes[0]?.code, 'USAGOV');
    assert.ok(kb.actorsByName('Pentagon')[0]?.codes.some((c) => c.code.startsWith('USAMIL')));
  });
});
