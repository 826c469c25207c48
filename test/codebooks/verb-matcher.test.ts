import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simpleTokens, type VerbMatch } from '../../src/codebooks/index.js';
import { codebooks } from './helpers.js';

function match(sentence: string): (VerbMatch & { words: string })[] {
  const tokens = simpleTokens(sentence);
  return codebooks().matchVerbs(tokens).map((m) => ({ ...m, words: tokens.slice(m.verb.start, m.verb.end).map((t) => t.text).join(' ') }));
}

function only(sentence: string, verbWords: string): VerbMatch {
  const m = match(sentence).find((x) => (x as { words: string }).words === verbWords);
  assert.ok(m, `no match for "${verbWords}" in "${sentence}"`);
  return m;
}

describe('verb-pattern matcher', () => {
  it('"X met with Y in Tokyo": the multiword verb MEET_WITH, MEET_PEOPLE default 040', () => {
    const m = only('Japan met with China in Tokyo.', 'met with');
    assert.deepEqual([m.group, m.code, m.pattern], ['MEET_PEOPLE', '040', null]);
    assert.deepEqual(m.verb, { start: 1, end: 3, head: 1 });
  });

  it('"X met Y at the summit": the (AT) pattern, 036:036', () => {
    const m = only('Abe met Putin at the summit.', 'met');
    assert.deepEqual([m.code, m.passive, m.pattern?.line], ['036', '036', 5444]);
  });

  it('"X froze relations with Y" → 160, across intervening words', () => {
    for (const s of ['Russia froze relations with Ukraine.', 'Russia froze all diplomatic relations with Ukraine.']) {
      const m = only(s, 'froze');
      assert.deepEqual([m.code, m.passive, m.pattern?.line], ['160', '160', 2025], s);
    }
  });

  it('a pattern noun also matches its plural ("froze assets" → * ASSET 163)', () => {
    assert.equal(only('Washington froze assets of the bank.', 'froze').code, '163');
  });

  it('"X accused Y of …" → BLAME default 112', () => {
    const m = only('The minister accused Japan of lying.', 'accused');
    assert.deepEqual([m.group, m.code], ['BLAME', '112']);
  });

  it('"X praised Y" → 051', () => {
    assert.equal(only('Biden praised Suga.', 'praised').code, '051');
  });

  it('"X will visit Y" → the VISIT block default 042:043 (the dictionary has no future pattern for visit)', () => {
    const m = only('Suga will visit Washington in April.', 'visit');
    assert.deepEqual([m.group, m.code, m.passive], ['VISIT', '042', '043']);
  });

  it('"X will host Y" → HOST pattern "WILL *" 036:036 before the verb', () => {
    const m = only('Japan will host the leaders.', 'host');
    assert.deepEqual([m.code, m.pattern?.line, m.start], ['036', 5595, 1]);
  });

  it('multiword verbs: STIR_UP and CALL_OFF', () => {
    const stir = only('The rebels stirred up concern in the capital.', 'stirred up');
    assert.deepEqual([stir.group, stir.code, stir.lemma], ['FUEL', '012', '+stir up']);
    const off = only('China called off the talks.', 'called off');
    assert.deepEqual([off.code, off.pattern?.line], ['164', 1183]);
  });

  it('"called on X to …" → CALL * (ON) 020', () => {
    const m = only('The UN called on Israel to halt the strikes.', 'called');
    assert.deepEqual([m.code, m.pattern?.line], ['020', 5498]);
  });

  it('the longest pattern wins over a shorter one and over the default', () => {
    // FOIL: "* {ROCKET ATTACK}" (2 words, 193) beats nothing else; "* BID" 1246 for "foiled a bid"
    assert.equal(only('Police foiled a rocket attack.', 'foiled').code, '193');
    assert.equal(only('Police foiled a bid to escape.', 'foiled').code, '1246');
  });

  it('a [---] group verb without a pattern gives no match; a [---] pattern gives code null', () => {
    assert.equal(match('They foiled everything.').length, 0);
    const m = only('Police foiled the plot.', 'foiled');
    assert.deepEqual([m.code, m.pattern?.line], [null, 2007]);
  });

  it('passive-only codes: "faced criticism" → [:111]', () => {
    const m = only('He faced criticism from Beijing.', 'faced');
    assert.deepEqual([m.code, m.passive], [null, '111']);
  });

  it('places explicit slots: "+ *" target before the verb, source defaults to the other side', () => {
    const m = only('Militants thwarted rocket fire.', 'thwarted');
    assert.equal(m.pattern?.line, 2011);
    assert.deepEqual(m.target, { side: 'before', start: 0, end: 1 });
    assert.deepEqual(m.source, { side: 'after' });
    assert.deepEqual(m.slots, [{ role: 'target', start: 0, end: 1 }]);
  });

  it('does not reach across a clause end', () => {
    // "froze relations" codes 160; with a full stop between, FREEZE (a [---] block) has nothing to code
    assert.deepEqual(match('Russia froze. Relations suffered.').map((m) => m.words), []);
  });

  it('the isVerb option limits verb heads (nouns like "talks" are otherwise read as verbs)', () => {
    const tokens = simpleTokens('China called off the talks.');
    const all = codebooks().matchVerbs(tokens).map((m) => m.verb.head);
    assert.deepEqual(all, [1, 4]);
    const verbs = codebooks().matchVerbs(tokens, { isVerb: (_t, i) => i === 1 }).map((m) => m.verb.head);
    assert.deepEqual(verbs, [1]);
  });

  it('a re- verb the dictionary lacks reads as its verb; words whose "re" is no repetition do not', () => {
    assert.deepEqual([only('The army reseized the town.', 'reseized').lemma, only('The army reseized the town.', 'reseized').code], ['seize', '192']);
    assert.equal(only('Inspectors will re-inspect the site.', 're-inspect').code, '090');
    assert.equal(only('Peru reimposed the curfew.', 'reimposed').lemma, 'reimpose'); // the dictionary's own entry
    assert.equal(match('The party reformed its leadership.').length, 0); // not "formed" again
    assert.equal(match('They resent the decision.').length, 0); // not "sent" again
  });

  it('a pattern reads past a time or measure adverbial after the verb ("on Friday", "today", "by one hour")', () => {
    const m = only('Arafat defended Iraq on Friday against criticism.', 'defended');
    assert.deepEqual([m.code, m.pattern?.text], ['052', '- * (AGAINST CRITICISM) [052] # DEFEND']);
    assert.equal(only('Chile froze today its relations with Peru.', 'froze').code, '160');
    assert.equal(only('The junta shortened by one hour the nightly curfew.', 'shortened').code, '0813');
  });

  it('finishes a 100,000-token sentence of repeated verbs and pattern words', () => {
    const words = Array.from({ length: 100_000 }, (_, i) => ['meet', 'with', 'leaders', 'call', 'on'][i % 5]!);
    const tokens = simpleTokens(words.join(' '));
    assert.equal(tokens.length, 100_000);
    const found = codebooks().matchVerbs(tokens);
    assert.ok(found.length > 0);
    const same = simpleTokens(Array.from({ length: 100_000 }, () => 'froze').join(' '));
    assert.equal(codebooks().matchVerbs(same).length, 0);
  });
});
