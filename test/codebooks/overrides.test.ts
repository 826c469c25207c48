// The compiler's corrections to the verb dictionary and the CAMEO→PLOVER table: the applier on hand-built input,
// and their effect on the committed data, matched on small sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simpleTokens, type VerbMatch } from '../../src/codebooks/index.js';
import type { CompiledGroup, CompiledPattern, CompiledVerb } from '../../src/codebooks/compiled.js';
import { applyPloverOverrides, applyVerbOverrides } from '../../scripts/codebooks/apply-overrides.js';
import { PLOVER_OVERRIDES } from '../../scripts/codebooks/plover-overrides.js';
import { VERB_OVERRIDES } from '../../scripts/codebooks/verb-overrides.js';
import { codebooks, compiledVerbs } from './helpers.js';

/** The match whose verb is `word` in the sentence, or undefined. */
function matchOf(sentence: string, word: string): VerbMatch | undefined {
  const tokens = simpleTokens(sentence);
  return codebooks().matchVerbs(tokens).find((m) => tokens[m.verb.head]!.normal === word);
}

const groups: CompiledGroup[] = [{ name: 'ASK', line: 10, code: '020', passive: null }, { name: 'TAKE', line: 20, code: null, passive: null }];
const verbs: CompiledVerb[] = [
  { group: 'ASK', line: 11, lemma: 'ask', code: null, passive: null, forms: ['ask', 'asks', 'asked', 'asking'] },
  { group: 'TAKE', line: 21, lemma: 'take', code: '171', passive: null, forms: ['take', 'took'] },
];
const patterns: CompiledPattern[] = [{ group: 'ASK', line: 12, text: '- * AID [023] # ASK', code: '023', passive: null, before: [], after: [{ w: ['aid'] }] }];
const tables = { groups, verbs, patterns, synsetNames: new Set<string>() };

describe('dictionary overrides: the applier', () => {
  it('adds a verb with its regular forms, withholds a default, recodes a block and a pattern, adds and drops patterns', () => {
    const out = applyVerbOverrides(tables, [
      { id: 'a', kind: 'add-verb', group: 'ASK', lemma: 'beg', code: '020', why: 'test' },
      { id: 'b', kind: 'no-default', group: 'TAKE', lemmas: ['take'], why: 'test' },
      { id: 'c', kind: 'group-code', group: 'ASK', code: null, why: 'test' },
      { id: 'd', kind: 'add-pattern', group: 'TAKE', text: '- * HOSTAGE   [181] # TAKE', why: 'test' },
      { id: 'e', kind: 'pattern-code', line: 12, text: '- * AID [023] # ASK', code: '103', why: 'test' },
    ]);
    assert.deepEqual(out.problems, []);
    assert.deepEqual(out.verbs.find((v) => v.lemma === 'beg'), { group: 'ASK', line: 10, lemma: 'beg', code: '020', passive: null, forms: ['beg', 'begs', 'begged', 'begging'], override: 'a' });
    assert.equal(out.verbs.find((v) => v.lemma === 'take')?.noDefault, true);
    assert.equal(out.groups.find((g) => g.name === 'ASK')?.code, null);
    assert.deepEqual(out.patterns.find((p) => p.override === 'd')?.after, [{ w: ['hostage'] }]);
    assert.equal(out.patterns.find((p) => p.line === 12)?.code, '103');
    // Nothing shared is changed in place.
    assert.equal(tables.groups[0]!.code, '020');
    const dropped = applyVerbOverrides(tables, [{ id: 'f', kind: 'drop-pattern', line: 12, text: '- * AID [023] # ASK', why: 'test' }]);
    assert.deepEqual([dropped.patterns.length, dropped.dropped[0]?.reason], [0, 'override f']);
  });

  it('reports an override whose entry is not (or no longer) in the source', () => {
    const out = applyVerbOverrides(tables, [
      { id: 'x', kind: 'pattern-code', line: 12, text: '- * HELP [023] # ASK', code: '103', why: 'test' },
      { id: 'y', kind: 'no-default', group: 'ASK', lemmas: ['plead'], why: 'test' },
      { id: 'z', kind: 'add-verb', group: 'ASK', lemma: 'ask', code: '020', why: 'test' },
    ]);
    assert.equal(out.problems.length, 3);
    const plover = applyPloverOverrides([{ code: '163', type: 'SANCTION', mode: null, context: [], description: null, line: 1 }], PLOVER_OVERRIDES);
    assert.match(plover.problems[0] ?? '', /not "COERCE restrict"/);
  });

  it('every override of the committed data says why, and the compiled dictionary lists them', () => {
    for (const o of VERB_OVERRIDES) assert.ok(o.why.length > 20, o.id);
    for (const o of PLOVER_OVERRIDES) assert.ok(o.why.length > 20, o.id);
    assert.deepEqual(compiledVerbs().overrides?.map((o) => o.id), VERB_OVERRIDES.map((o) => o.id));
  });
});

describe('dictionary overrides: the compiled data', () => {
  it('"urged" is an appeal (the missing URGE verb), and takes the DEMAND block\'s patterns', () => {
    assert.deepEqual([matchOf('Ghana urged the rebels to disarm.', 'urged')?.code, matchOf('Ghana urged the rebels to disarm.', 'urged')?.pattern], ['020', null]);
    assert.equal(matchOf('Ghana urged the rebels to withdraw.', 'urged')?.code, '025');
  });

  it('reject, refuse and deny are rejections; resist is not', () => {
    assert.equal(matchOf('Serbia rejected the ultimatum.', 'rejected')?.code, '120');
    assert.equal(matchOf('Israel denied him a visa.', 'denied')?.code, '120');
    assert.equal(matchOf('The army denied the accusations.', 'denied')?.code, '016');
    assert.equal(matchOf('Farmers resisted the pressure.', 'resisted'), undefined);
  });

  it('accepting is an agreement, accepting a demand a concession', () => {
    assert.equal(matchOf('Norway accepted a formula for the talks.', 'accepted')?.code, '030');
    assert.equal(matchOf('The government accepted the demands of the strikers.', 'accepted')?.code, '080');
    assert.equal(matchOf('The government accepted the strikers\' conditions.', 'accepted')?.code, '080');
  });

  it('bare "agree" expresses intent (030), not diplomatic cooperation (050)', () => {
    assert.equal(matchOf('The two sides agreed to hold talks.', 'agreed')?.code, '030');
    assert.equal(matchOf('The ministers agreed on a budget.', 'agreed')?.code, '030');
  });

  it('wishes, findings, roles and everyday senses code nothing without a pattern', () => {
    for (const [s, w] of [
      ['Officials hope the vote passes.', 'hope'], ['Reports suggest a deliberate act.', 'suggest'], ['The city needs water.', 'needs'],
      ['The minister wants a quick reply.', 'wants'], ['Police learned of the plot.', 'learned'], ['The senate passed the bill.', 'passed'],
      ['The general ruled the country.', 'ruled'], ['She leads the party.', 'leads'], ['The court determined the cause.', 'determined'],
      ['He took office in May.', 'took'], ['The premier holds the view that taxes are too high.', 'holds'], ['She defeated the incumbent.', 'defeated'],
      ['The ministry engaged the public.', 'engaged'], ['Donors matched the offer.', 'matched'],
    ] as const) assert.equal(matchOf(s, w), undefined, s);
  });

  it('their patterns still code: "held talks" is a negotiation, "took control" an occupation', () => {
    assert.equal(matchOf('The envoys held talks in Oslo.', 'held')?.code, '046');
    assert.equal(matchOf('Rebels took control of the town.', 'took')?.code, '192');
    assert.equal(matchOf('The army ordered a retreat.', 'ordered')?.code, '100');
  });

  it('reporting an attack, announcing measures, stressing a need are statements; calling for sanctions rallies opposition', () => {
    assert.equal(matchOf('The ministry reported an attack on a convoy.', 'reported')?.code, '010');
    assert.equal(matchOf('The government announced measures on Monday.', 'announced')?.code, '010');
    assert.equal(matchOf('The envoy stressed the need for dialogue.', 'stressed')?.code?.slice(0, 2), '01');
    assert.equal(matchOf('The bishop called for sanctions against the regime.', 'called')?.code, '113');
  });

  it('giving a welcome is hosting; upgrading ties is diplomatic cooperation', () => {
    assert.equal(matchOf('Chile gave a warm welcome to the envoy.', 'gave')?.code, '043');
    assert.equal(matchOf('Chile upgraded its ties with Peru.', 'upgraded')?.code, '050');
  });

  it('summoning an ambassador or envoy is an official complaint; suing a lawsuit; issuing no cooperation', () => {
    assert.equal(matchOf('Chile summoned the ambassador on Monday.', 'summoned')?.code, '114');
    assert.equal(matchOf('Chile summoned the envoy.', 'summoned')?.code, '114');
    assert.equal(matchOf('Chile summoned its cabinet.', 'summoned')?.code, '040');
    assert.equal(matchOf('The firm is suing the state for damages.', 'suing')?.code, '115');
    assert.equal(matchOf('The firm sued the state.', 'sued')?.code, '115');
    assert.equal(matchOf('The ministry issued a reminder.', 'issued'), undefined);
    assert.equal(matchOf('The ministry issued a statement.', 'issued')?.code, '010');
  });

  it('shortening or loosening a curfew, easing measures, ending restrictions are eased restrictions; shortening alone is nothing', () => {
    assert.equal(matchOf('The junta shortened the curfew.', 'shortened')?.code, '0813');
    assert.equal(matchOf('The junta relaxed the nightly curfew.', 'relaxed')?.code, '0813');
    assert.equal(matchOf('The junta shortened the deadline.', 'shortened'), undefined);
    assert.equal(matchOf('Peru eased security measures.', 'eased')?.code, '081');
    assert.equal(matchOf('The court ended restrictions on the press.', 'ended')?.code, '081');
  });

  it('sending or dispatching inspectors or investigators is an investigation, not trade or aid', () => {
    assert.equal(matchOf('The agency dispatched inspectors to the plant.', 'dispatched')?.code, '090');
    assert.equal(matchOf('The league sent investigators to the camp.', 'sent')?.code, '090');
    assert.equal(matchOf('The league sent observers to the camp.', 'sent')?.code, '073');
  });

  it('an eased curfew or emergency is CONCEDE, as the manual says; an eased sanction stays RETREAT', () => {
    assert.equal(codebooks().plover('0813')?.type, 'CONCEDE');
    assert.equal(codebooks().plover('0814')?.type, 'CONCEDE');
    assert.equal(codebooks().plover('085')?.type, 'RETREAT');
  });

  it('reducing aid, assistance or supplies is reduced material aid, as cutting them is', () => {
    assert.equal(matchOf('Japan reduced its aid to Laos.', 'reduced')?.code, '162');
    assert.equal(matchOf('Japan reduced fuel supplies to Laos.', 'reduced')?.code, '162');
    assert.equal(matchOf('Japan cut its assistance to Laos.', 'cut')?.code, '162');
  });
});
