import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gazetteerCandidates, type Gazetteer, type GazetteerHit } from '../../src/actors/candidates/gazetteer.js';
import { sentenceRanges } from '../../src/actors/candidates/types.js';
import type { TokenInfo } from '../../src/actors/token-view.js';

/** Tokens as wink-nlp gives them once it has learnt "U.S" from a sentence's final stop: "U.S" + ".". */
function tokens(text: string, parts: readonly [string, string][]): TokenInfo[] {
  let at = 0;
  return parts.map(([value, pos], index) => {
    const start = text.indexOf(value, at);
    const spaceBefore = start > at || index === 0;
    at = start + value.length;
    const lower = value.toLowerCase();
    return {
      index, start, end: at, value, lower, norm: /^[a-z0-9]+$/.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
      nameLike: /^\p{Lu}/u.test(value), pos, sentence: 0, sentenceStart: index === 0, blockKind: 'body', spaceBefore,
    };
  });
}

const usa: GazetteerHit = { type: 'GPE', kind: 'name', kbRef: 'country:USA', country: 'USA', seat: false, rule: 'kb-country' };
const gazetteer: Gazetteer = {
  has: (norm) => norm === 'u s',
  startsName: (word) => word === 'u',
  extendsName: () => false,
  lookup: () => usa,
};

describe('an initialism the tokenizer cut from its stop', () => {
  it('keeps its stop in the mention ("U.S" + "." is "U.S.")', () => {
    const text = 'Aid went to U.S. and Canadian towns.';
    const t = tokens(text, [['Aid', 'NOUN'], ['went', 'VERB'], ['to', 'ADP'], ['U.S', 'PROPN'], ['.', 'PUNCT'], ['and', 'CCONJ'], ['Canadian', 'ADJ'], ['towns', 'NOUN'], ['.', 'PUNCT']]);
    const found = gazetteerCandidates({ text, tokens: t, sentences: sentenceRanges(t) }, new Uint8Array(t.length), gazetteer, null);
    assert.deepEqual(found.map((c) => c.text), ['U.S.']);
  });
});
