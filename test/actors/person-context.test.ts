import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';

function found(text: string, date = '2021-06-01') {
  return sharedAnalyzer().analyze({ text }, { date }).entities.map((e) => ({ type: e.type, name: e.name, surfaces: e.mentions.map((m) => m.text) }));
}
const typeOf = (text: string, surface: string) => found(text).find((e) => e.surfaces.includes(surface))?.type;

describe('unknown names read as persons by their context', () => {
  it('a person noun in apposition beats a place inside the name', () => {
    const text = 'Valeska Paris, an Australian woman, has spoken out. Paris claims she was held on a ship.';
    const e = found(text).find((x) => x.surfaces.includes('Valeska Paris'));
    assert.equal(e?.type, 'PERSON');
    assert.ok(e?.surfaces.includes('Paris'), JSON.stringify(e));
  });
  it('an age in apposition', () => {
    assert.equal(typeOf('Oskar Brandvold, 19, was arrested on Monday.', 'Oskar Brandvold'), 'PERSON');
  });
  it('a member "of" an organisation, and an organisation\'s member', () => {
    assert.equal(typeOf('Junius Ho of the Liberal Party won the seat.', 'Junius Ho'), 'PERSON');
    assert.equal(typeOf('The winners included DAB\'s Starry Lee.', 'Starry Lee'), 'PERSON');
    // Cut at "and", the first name's context is read on its own two words.
    assert.equal(typeOf('Pro-Beijing DAB\'s Starry Lee and Holden Chow were elected.', 'Starry Lee'), 'PERSON');
  });
  it('a role noun before the name', () => {
    assert.equal(typeOf('The goal came from striker Romelu Lukaku in the first half.', 'Romelu Lukaku'), 'PERSON');
  });
  it('a family name used alone for someone acting', () => {
    assert.equal(typeOf('The team relied on Dries Mertens in attack. Mertens scored twice.', 'Dries Mertens'), 'PERSON');
  });
  it('but not a country acting, nor a name that opens with a place the KB knows', () => {
    assert.notEqual(typeOf('The broadcasts began and South Korea says they will continue.', 'South Korea'), 'PERSON');
    assert.notEqual(typeOf('The craft was the Space Shuttle Atlantis. Atlantis flew for decades.', 'Space Shuttle Atlantis'), 'PERSON');
  });
});

describe('photo credits', () => {
  it('"Image: NAME": the label is no name, the name is a person', () => {
    const all = found('Fans gathered at the booth. Image: Nick Moreau.');
    assert.ok(!all.some((e) => e.surfaces.some((s) => /Image/.test(s))), JSON.stringify(all));
    assert.equal(all.find((e) => e.surfaces.includes('Nick Moreau'))?.type, 'PERSON');
  });
});

describe('persons inside organisation names', () => {
  it('"Andy Warhol Foundation" holds Andy Warhol when the family name stands alone elsewhere', () => {
    const all = found('The Andy Warhol Foundation gave away prints. Warhol took the photographs in the 1970s.');
    assert.equal(all.find((e) => e.surfaces.includes('Andy Warhol Foundation'))?.type, 'ORG');
    assert.equal(all.find((e) => e.surfaces.includes('Andy Warhol'))?.type, 'PERSON');
  });
  it('but a common word after a given name is no family name', () => {
    const all = found('Both the Irving Independent School District and the police declined to comment.');
    assert.ok(!all.some((e) => e.type === 'PERSON'), JSON.stringify(all));
  });
  it('museums, colleges and magazines are organisations', () => {
    assert.equal(typeOf('She studied at Skidmore College before moving.', 'Skidmore College'), 'ORG');
  });
});

describe('persons in lists', () => {
  it('a list with one person spreads the reading to unknown two-word members', () => {
    const text = 'Belgium attacked early, with striker Romelu Lukaku, Yannick Carrasco, and Dries Mertens making attempts.';
    assert.equal(typeOf(text, 'Yannick Carrasco'), 'PERSON');
    assert.equal(typeOf(text, 'Dries Mertens'), 'PERSON');
  });
  it('but not to an affiliation after "of", nor to a list of places', () => {
    const all = found('Fernando Cheung of the Labour Party, Raymond Chan of People Power, and Leung Kwok-hung of LSD were elected.');
    assert.notEqual(all.find((e) => e.surfaces.includes('People Power'))?.type, 'PERSON', JSON.stringify(all));
    assert.notEqual(typeOf('Talks with Harry Kane, Sweden and South Korea went on.', 'South Korea'), 'PERSON');
  });
  it('nor to office words or words the article writes lower-case', () => {
    const all = found('Remarks came from striker Brian McKeon, Public Affairs and Stakeholder Forum. The forum met later.');
    assert.ok(!all.some((e) => e.type === 'PERSON' && e.surfaces.some((x) => /Affairs|Forum/.test(x))), JSON.stringify(all));
  });
});

describe('lone words cut from a longer run', () => {
  it('"Treaty of Amity and Commerce" names no person', () => {
    const all = found('Relations began in 1833 with a Treaty of Amity and Commerce.');
    assert.ok(!all.some((e) => e.type === 'PERSON'), JSON.stringify(all));
  });
});

describe('lone family names', () => {
  it('a family name the KB knows, used alone for someone speaking, is a person', () => {
    assert.equal(typeOf('The league fined the club, said Romney, who called it unfair.', 'Romney'), 'PERSON');
  });
  it('but not a word the article also writes lower-case', () => {
    const all = found('The wild horses ran, and Wild said the herd was healthy.');
    assert.ok(!all.some((e) => e.type === 'PERSON'), JSON.stringify(all));
  });
});

describe('hyphened names', () => {
  it('a KB name does not end before a capitalised word glued on by a hyphen', () => {
    const all = found('Hwang Hee-Chan was booked for a foul.');
    assert.ok(all.some((e) => e.surfaces.includes('Hwang Hee-Chan')), JSON.stringify(all));
    assert.ok(!all.some((e) => e.surfaces.includes('Hwang Hee') || e.surfaces.includes('Chan')), JSON.stringify(all));
  });
});

describe('a person "of" an organisation inside one capitalised run', () => {
  it('"Alvin Yeung of Civic Party" is a person and an organisation', () => {
    const all = found('Alvin Yeung of Civic Party');
    assert.equal(all.find((e) => e.surfaces.includes('Alvin Yeung'))?.type, 'PERSON', JSON.stringify(all));
    assert.equal(all.find((e) => e.surfaces.includes('Civic Party'))?.type, 'ORG', JSON.stringify(all));
  });
  it('but an organisation word before "of" keeps the whole name', () => {
    assert.equal(typeOf('She studied at the University of Sheffield.', 'University of Sheffield'), 'ORG');
    assert.equal(typeOf('He visited the Museum of Flight in Seattle.', 'Museum of Flight'), 'ORG');
  });
});
