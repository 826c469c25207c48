import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';

function entities(text: string, date = '2016-03-01') {
  return sharedAnalyzer().analyze({ text }, { date }).entities;
}
const withSurface = (found: ReturnType<typeof entities>, s: string) => found.find((e) => e.mentions.some((m) => m.text === s));

describe('agents of a country', () => {
  it('a demonym before an agent makes it that country’s, and the country word stays a mention', () => {
    const found = entities('Egyptian soldiers stopped a convoy near the border on Monday.');
    assert.equal(withSurface(found, 'soldiers')?.country, 'EGY');
    // The code stays the role: the events stage joins the country word and codes EGYMIL.
    assert.equal(withSurface(found, 'soldiers')?.cameo, '~MIL');
    assert.equal(withSurface(found, 'Egyptian')?.kbId, 'country:EGY');
  });
  it('an owner and modifiers between: "Peru’s army", "Kenyan riot police"', () => {
    assert.equal(withSurface(entities("Peru's army cleared the road."), 'army')?.country, 'PER');
    assert.equal(withSurface(entities('Kenyan riot police fired tear gas.'), 'police')?.country ?? withSurface(entities('Kenyan riot police fired tear gas.'), 'riot police')?.country, 'KEN');
  });
  it('two countries’ agents are two entities', () => {
    const found = entities('Chilean troops and Bolivian troops met at the frontier.');
    const countries = found.filter((e) => e.type === 'AGENT').map((e) => e.country).sort();
    assert.deepEqual(countries, ['BOL', 'CHL']);
  });
  it('a coordinated pair of countries leaves the agent to the events stage', () => {
    const found = entities('French and Malian troops patrolled the town.');
    assert.equal(withSurface(found, 'troops')?.country, null);
  });
  it('"-backed" rebels are not the backer’s', () => {
    assert.equal(withSurface(entities('Iranian-backed rebels entered the town.'), 'rebels')?.country, null);
  });
  it('a verb between a country and an agent breaks the link', () => {
    assert.equal(withSurface(entities('Sudan expelled soldiers of the mission.'), 'soldiers')?.country, null);
  });
  it('words the Phoenix agents lack: official, opposition; and agents opening a sentence', () => {
    assert.equal(withSurface(entities('A Nepali official denied the claim.'), 'Nepali official')?.cameo, 'NPLGOV');
    assert.equal(withSurface(entities('The official denied the claim.'), 'official')?.cameo, '~GOV');
    assert.equal(withSurface(entities('Serb troops shelled the hills.'), 'troops')?.country, 'SRB');
    assert.equal(withSurface(entities('The Kenyan opposition rejected the vote.'), 'opposition')?.country, 'KEN');
    assert.equal(withSurface(entities('Protesters blocked the main road.'), 'Protesters')?.type, 'AGENT');
    // A capitalised word before a name describes the person: no agent.
    assert.ok(!entities('Engineer Maria Lopez designed the bridge.').some((e) => e.type === 'AGENT'));
  });
});

describe('country titles that name no one', () => {
  it('"a Belgian minister" is an actor of Belgium with a government code', () => {
    const e = withSurface(entities('A Belgian minister criticised the plan on Friday.'), 'Belgian minister');
    assert.equal(e?.type, 'AGENT');
    assert.equal(e?.cameo, 'BELGOV');
  });
  it('police and military ranks give their role', () => {
    assert.equal(entities('A Ghanaian police commander was suspended.').find((e) => e.type === 'AGENT')?.cameo, 'GHACOP');
    assert.equal(entities('A Malian army colonel was detained.').find((e) => e.type === 'AGENT')?.cameo, 'MLIMIL');
  });
});

describe('country words the KB lacks', () => {
  it('"UK" as written, "Kazakh", plural demonyms', () => {
    assert.equal(withSurface(entities('The UK sent aid.'), 'UK')?.kbId, 'country:GBR');
    assert.equal(withSurface(entities('Kazakh diplomats arrived.'), 'Kazakh')?.country, 'KAZ');
    assert.equal(withSurface(entities('Hundreds of Serbs rallied.'), 'Serbs')?.country, 'SRB');
  });
  it('nouns for a country\'s people that are not its adjective: Turks, Poles, Frenchmen; never a lower-case "poles"', () => {
    assert.equal(withSurface(entities('Hundreds of Turks rallied in Rome.'), 'Turks')?.country, 'TUR');
    assert.equal(withSurface(entities('Two Poles were arrested.'), 'Poles')?.country, 'POL');
    assert.equal(withSurface(entities('Three Frenchmen were freed.'), 'Frenchmen')?.country, 'FRA');
    assert.equal(withSurface(entities('Workers put up telephone poles in Warsaw.'), 'poles'), undefined);
  });
  it('a plural demonym is a people even where the context would make a person ("Bosnian Serbs said")', () => {
    const serbs = withSurface(entities('Bosnian Serbs said on Tuesday their forces had withdrawn.'), 'Bosnian Serbs');
    assert.equal(serbs?.type, 'GPE');
    assert.equal(serbs?.country, 'BIH');
  });
  it('a country name inside an initialism-like token ("U.S.") mid-sentence', () => {
    assert.equal(withSurface(entities('A court fined one U.S. company.'), 'U.S.')?.country, 'USA');
  });
});

describe('organisations and groups', () => {
  it('a Phoenix group filed among people, and its name without "The"', () => {
    const found = entities('Islamic State fighters seized two villages.');
    const group = withSurface(found, 'Islamic State');
    assert.equal(group?.type, 'ORG');
    assert.equal(group?.cameo, 'IMGMUSISI');
  });
  it('but a one-word Phoenix name without its "The" is not read ("Foundation")', () => {
    assert.equal(withSurface(entities('Foundation staff agreed to the grant.'), 'Foundation')?.cameo ?? null, null);
  });
  it('organisations the KB lacks: acronyms as written only', () => {
    assert.equal(withSurface(entities('The OSCE sent observers.'), 'OSCE')?.cameo, 'IGO');
    assert.equal(withSurface(entities('Houthi rebels fired a missile.'), 'Houthi rebels')?.cameo, 'YEMREB');
  });
  it('an unknown organisation named after its country takes the country and its head’s role', () => {
    const e = withSurface(entities('The Estonian Supreme Court overturned the ruling.'), 'Estonian Supreme Court');
    assert.equal(e?.type, 'ORG');
    assert.equal(e?.cameo, 'ESTJUD');
  });
});

describe('the role of an organisation’s head', () => {
  it('the head is the word before "of"/"for", not any word of the name', () => {
    assert.equal(withSurface(entities('The Oslo Congress Centre for Music opened.'), 'Oslo Congress Centre for Music')?.cameo, 'NOR');
    assert.equal(withSurface(entities('The Oslo School of Economics opened.'), 'Oslo School of Economics')?.cameo, 'NOREDU');
  });
});

describe('leaders by surname', () => {
  it('a head of government in office is known by surname in an article that does not name the country', () => {
    const e = withSurface(entities('Merkel wants new talks on trade.', '2016-03-01'), 'Merkel');
    assert.equal(e?.wikidata, 'Q567');
  });
  it('not after "the": "the Moon" is no President Moon', () => {
    const found = entities('The crew flew to the Moon and back.', '2019-05-01');
    assert.ok(!found.some((e) => e.wikidata === 'Q21001'));
  });
  it('not out of office', () => {
    assert.equal(withSurface(entities('Merkel wants new talks on trade.', '1990-03-01'), 'Merkel')?.wikidata ?? null, null);
  });
});

describe('persons no office codes on the date', () => {
  it('a country’s title codes its bearer', () => {
    const e = withSurface(entities('Chilean Foreign Minister Pedro Gonzalez Tapia arrived in Lima.', '2016-03-01'), 'Pedro Gonzalez Tapia');
    assert.equal(e?.cameo, 'CHLGOV');
  });
  it('but not a former one', () => {
    const e = withSurface(entities('Former Chilean Foreign Minister Pedro Gonzalez Tapia arrived in Lima.', '2016-03-01'), 'Pedro Gonzalez Tapia');
    assert.equal(e?.cameo ?? null, null);
  });
  it('a Phoenix person entry codes a name on the date', () => {
    assert.equal(withSurface(entities('Warren Christopher visited Oslo.', '1998-06-01'), 'Warren Christopher')?.cameo, 'USAELI');
  });
  it('but not a name an organisation’s title qualifies: the title says what they are now', () => {
    assert.notEqual(withSurface(entities('UN Envoy Warren Christopher visited Oslo.', '1998-06-01'), 'Warren Christopher')?.cameo, 'USAELI');
  });
});
