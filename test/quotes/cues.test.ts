import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCues } from '../../src/quotes/cues.js';
import { tokenizeSpan } from '../../src/text/tokenize.js';
import { sharedAnalyzer } from '../helpers.js';

function cues(text: string): [string, string][] {
  const { tokens } = tokenizeSpan(sharedAnalyzer().resources.nlp, text, 0);
  return findCues(text, tokens).map((c) => [c.text, c.role]);
}

describe('findCues', () => {
  it('finds speech verbs and phrases as one cue each', () => {
    assert.deepEqual(cues('In a statement, the Pentagon said Secretary Austin told reporters on his way to Asia:'), [
      ['In a statement', 'setting'],
      ['said', 'verb'],
      ['told reporters', 'verb'],
    ]);
    assert.deepEqual(cues('According to officials, he stressed and warned, and she pointed out the risk.'), [
      ['According to', 'source'],
      ['stressed', 'verb'],
      ['warned', 'verb'],
      ['pointed out', 'verb'],
    ]);
    assert.deepEqual(cues('Blinken called the alliance a cornerstone.'), [['called', 'characterise']]);
  });

  it('ignores the same words used as nouns or adjectives', () => {
    assert.deepEqual(cues('The state of the notes and a claim of the noted expert.'), []);
  });
});
