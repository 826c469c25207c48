import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitPossessives, tokenizeSpan } from '../../src/text/tokenize.js';

const values = (text: string, nlp = winkNLP(model, ['sbd', 'pos'])) => tokenizeSpan(nlp, text, 0).tokens.map((t) => t.value);

describe('tokens do not depend on what the process read before', () => {
  it('a possessive is split even after wink-nlp has learnt the whole word', () => {
    const probe = 'support for Israel’s security.';
    const fresh = values(probe);
    const nlp = winkNLP(model, ['sbd', 'pos']);
    // wink-nlp caches "Israel’s" whole when it meets it before a comma; it then stops splitting it.
    nlp.readDoc('Israel’s, and more.');
    assert.deepEqual(values(probe, nlp), fresh);
    assert.deepEqual(fresh, ['support', 'for', 'Israel', '’s', 'security', '.']);
  });

  it('splitPossessives keeps offsets and sentence ranges', () => {
    const span = splitPossessives({
      tokens: [
        { start: 0, end: 8, value: 'Israel’s', pos: 'PROPN', type: 'word' },
        { start: 9, end: 17, value: 'security', pos: 'NOUN', type: 'word' },
        { start: 17, end: 18, value: '.', pos: 'PUNCT', type: 'punctuation' },
      ],
      sentences: [[0, 2]],
    });
    assert.deepEqual(span.tokens.map((t) => [t.start, t.end, t.value, t.pos]), [
      [0, 6, 'Israel', 'PROPN'], [6, 8, '’s', 'PART'], [9, 17, 'security', 'NOUN'], [17, 18, '.', 'PUNCT'],
    ]);
    assert.deepEqual(span.sentences, [[0, 3]]);
  });
});
