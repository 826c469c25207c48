import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simpleTokens } from '../../src/codebooks/index.js';
import { codebooks } from './helpers.js';

describe('event nouns', () => {
  it('finds nouns and noun phrases, longest first, with plurals', () => {
    const tokens = simpleTokens('After a phone call and two rounds of talks, air strikes and new sanctions followed the summits.');
    const found = codebooks().matchEventNouns(tokens).map((m) => [tokens.slice(m.start, m.end).map((t) => t.text).join(' '), m.entry.code]);
    assert.deepEqual(found, [['phone call', '041'], ['talks', '046'], ['air strikes', '195'], ['sanctions', '163'], ['summits', '040']]);
  });

  it('every row has a CAMEO code and a basis', () => {
    for (const e of codebooks().eventNouns) {
      assert.ok(codebooks().cameo(e.code), `${e.noun} ${e.code}`);
      assert.ok(e.basis.length > 0);
    }
    assert.equal(codebooks().plover('041')?.mode, 'phone');
  });
});
