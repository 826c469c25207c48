import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { futureCue } from '../../src/dates/tense.js';

function cue(sentence: string, expression: string): boolean {
  const start = sentence.indexOf(expression);
  return futureCue(sentence, start, start + expression.length);
}

describe('futureCue', () => {
  it('a future word before the expression', () => {
    assert.equal(cue('They will meet on Friday.', 'Friday'), true);
    assert.equal(cue('Kan plans to visit in early April', 'early April'), true);
    assert.equal(cue('The ceasefire holds until Saturday', 'Saturday'), true);
    assert.equal(cue('talks are due to resume Monday', 'Monday'), true);
  });
  it('or right after it', () => {
    assert.equal(cue('Monday will see talks', 'Monday'), true);
    assert.equal(cue('Saturday, will continue', 'Saturday,'), false);
  });
  it('past narrative has none', () => {
    assert.equal(cue('The minister said on Friday that', 'Friday'), false);
    assert.equal(cue('Protests escalated later in June', 'June'), false);
  });
});

describe('futureCue right before', () => {
  it('"this coming" and "until" count only right before the expression', () => {
    assert.equal(cue('required to rule by this coming Friday on the case', 'Friday'), true);
    assert.equal(cue('until Saturday', 'Saturday'), true);
    assert.equal(cue('The talks lasted until late and resumed in June', 'June'), false);
  });
  it('a future word in an earlier sentence does not count', () => {
    assert.equal(cue('They will decide. The vote was held on Monday', 'Monday'), false);
  });
});
