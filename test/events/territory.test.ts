// Acts done to a territory's people (aid and peacekeeping, eased or imposed restrictions, investigations) whose
// verb has no actor as object take the place they are done in as their target; participles qualifying a noun
// and the content of a verb of saying do not. Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, describeEvents } from './pipeline.js';

const events = (text: string) => describeEvents(analyzeText(text));

describe('a place as the target of acts done to its people', () => {
  it('"imposed a curfew in X", "peacekeepers arrived in X", "sent inspectors to a plant in X": X is the target', () => {
    assert.ok(events('India imposed a curfew in Nepal on Monday.').some((e) => /^COERCE 1723: India → Nepal/.test(e)));
    assert.ok(events('United Nations peacekeeping troops arrived in Haiti on Sunday.').some((e) => /^AID 074: .* → Haiti/.test(e)));
    assert.ok(events('The IAEA dispatched inspectors to a reactor in central Iran.').some((e) => /^ACCUSE 090: .* → Iran/.test(e)));
  });

  it('not for meetings, fighting, or a participle qualifying a noun', () => {
    assert.ok(!events('Chile and Peru met in Bolivia.').some((e) => / → .*Bolivia/.test(e)));
    assert.deepEqual(events('Uganda shortened the curfew imposed in Kenya.'), ['CONCEDE 0813: Uganda →  [asserted]']);
    assert.deepEqual(events('Sweden will help refugees fleeing the war in Somalia.').filter((e) => / → Somalia/.test(e)), []);
  });

  it('a re- verb codes as its verb: "reimposed", "retook"', () => {
    assert.ok(events('Syria reimposed a curfew in Lebanon on Friday.').some((e) => e.startsWith('COERCE')));
  });
});

describe('a verb of saying does not take its pattern from what is said', () => {
  it('"said yesterday that lifting the sanctions on X is out of the question" announces no sanctions', () => {
    assert.deepEqual(events('Canada said yesterday that lifting the sanctions on Cuba was out of the question.').filter((e) => e.startsWith('SANCTION')), []);
  });
});

describe('people sent to investigate are an investigation', () => {
  it('"sent troops to X to investigate" is 090; "sent troops to X to help" stays a deployment', () => {
    assert.ok(events('NATO sent troops to Kosovo to investigate the attack.').some((e) => e.startsWith('ACCUSE 090: NATO → Kosovo')));
    assert.ok(events('NATO sent troops to Kosovo to help the refugees.').some((e) => e.startsWith('MOBILIZE 154: NATO → Kosovo')));
  });
});
