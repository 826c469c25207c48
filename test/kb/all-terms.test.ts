import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledKb } from './helpers.js';

describe('allTerms', () => {
  it('gives every post the same terms as termsOfPost, in bulk', () => {
    const kb = bundledKb();
    try {
      const all = kb.allTerms();
      assert.ok(all.size > 4000);
      for (const [id, { post, terms }] of all) {
        assert.deepEqual(terms, kb.termsOfPost(post), id);
      }
    } finally {
      kb.close();
    }
  });
});
