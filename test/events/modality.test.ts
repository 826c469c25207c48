import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isModalCue, modalityBefore } from '../../src/events/refiners/modality.js';
import { at, tagged } from './support.js';

function modality(sentence: string, trigger: string): string {
  const v = tagged(sentence);
  return modalityBefore(v, at(v, trigger));
}

describe('modality', () => {
  it('asserted without a cue', () => assert.equal(modality('Blinken/PROPN met/VERB Wang/PROPN', 'met'), 'asserted'));
  it('planned: expected to, plans to, will, a bare "to"', () => {
    assert.equal(modality('They/PRON are/AUX expected/VERB to/PART meet/VERB', 'meet'), 'planned');
    assert.equal(modality('Kan/PROPN plans/NOUN to/PART visit/VERB', 'visit'), 'planned');
    assert.equal(modality('Kan/PROPN will/AUX visit/VERB', 'visit'), 'planned');
    assert.equal(modality('the/DET first/ADJ leader/NOUN to/PART visit/VERB', 'visit'), 'planned');
  });
  it('negated: not, refused to', () => {
    assert.equal(modality('Blinken/PROPN did/AUX not/PART meet/VERB Wang/PROPN', 'meet'), 'negated');
    assert.equal(modality('Blinken/PROPN refused/VERB to/PART meet/VERB Wang/PROPN', 'meet'), 'negated');
  });
  it('hypothetical: would, if, willing to', () => {
    assert.equal(modality('China/PROPN would/AUX attack/VERB', 'attack'), 'hypothetical');
    assert.equal(modality('If/SCONJ Russia/PROPN invades/VERB Ukraine/PROPN ,/PUNCT the/DET West/PROPN will/AUX respond/VERB firmly/ADV and/CCONJ quickly/ADV to/ADP it/PRON', 'invades'), 'hypothetical');
    assert.equal(modality('a/DET willingness/NOUN to/PART engage/VERB', 'engage'), 'hypothetical');
  });
  it('"May" the month is no modal', () => assert.equal(modality('On/ADP May/PROPN 5/NUM Blinken/PROPN met/VERB Wang/PROPN', 'met'), 'asserted'));
  it('a verb of intent before "to" is a cue, not an event', () => {
    const v = tagged('Kan/PROPN plans/VERB to/PART visit/VERB');
    assert.ok(isModalCue(v, 1));
    assert.ok(!isModalCue(v, 3));
  });
});
