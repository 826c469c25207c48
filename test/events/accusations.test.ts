// A reported act of force is the reporter's accusation of its doer (CAMEO 112), as the PETRARCH2 gold codes
// "X claimed that Y had attacked Z". Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, describeEvents } from './pipeline.js';

const events = (text: string) => describeEvents(analyzeText(text));

describe('reported attacks are accusations', () => {
  it('"X claimed (on Friday) that Y had shelled Z": X accuses Y; the attack is the claim, not a second event', () => {
    const e = events('Russia claimed on Friday that Georgia had shelled Ukraine.');
    assert.ok(e.some((x) => x.startsWith('ACCUSE 112: Russia → Georgia')), e.join(' | '));
    assert.ok(!e.some((x) => x.startsWith('ASSAULT')), e.join(' | '));
    const two = events('Chile alleged that Peru had attacked Bolivia and seized the town of Tacna.');
    assert.deepEqual(two.filter((x) => !x.startsWith('ACCUSE')), [], two.join(' | '));
    assert.ok(events('Chile said that Peru attacked Bolivia.').some((x) => x.startsWith('ACCUSE 112: Chile → Peru')));
  });

  it('no accusation for a modal or negated act, an act that is no force, a pronoun doer, or a news report', () => {
    for (const text of [
      'Russia said that Georgia would attack Ukraine.',
      'Russia said that Georgia did not attack Ukraine.',
      'Russia said that Georgia praised Ukraine.',
      'Russia claimed that they had attacked Ukraine.',
      'Reuters reported that Georgia attacked Ukraine.',
    ]) assert.ok(!events(text).some((x) => x.startsWith('ACCUSE')), `${text}: ${events(text).join(' | ')}`);
  });

  it('with no accusation made, a reported attack stays coded', () => {
    const e = events('Reuters reported that Georgia attacked Ukraine.');
    assert.ok(e.some((x) => x.startsWith('ASSAULT')), e.join(' | '));
  });
});

describe('an object after a predicative "as" phrase put first', () => {
  it('"condemned as a grave mistake Y\'s decision" condemns Y', () => {
    assert.ok(events('Chile condemned as a grave mistake Peru\'s decision to close the border.').some((x) => x.startsWith('ACCUSE 111: Chile → Peru')));
  });
});
