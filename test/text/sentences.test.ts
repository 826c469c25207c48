import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { DocMeta } from '../../src/doc/meta.js';
import { Pipeline } from '../../src/pipeline/runner.js';
import { structureStage } from '../../src/structure/stage.js';
import { sentencesStage } from '../../src/text/stage.js';
import { sharedAnalyzer } from '../helpers.js';

const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };

function sentences(text: string): string[] {
  const p = new Pipeline([structureStage, sentencesStage], { resources: sharedAnalyzer().resources });
  const doc = p.run(new Doc(text, meta));
  return doc.layer('sentences').map((s) => doc.slice(s));
}

describe('sentence splitting', () => {
  it('keeps abbreviations and initials inside sentences', () => {
    assert.deepEqual(sentences('Gen. Mark Milley met Mr. J. R. Smith on Jan. 8 in the U.S. capital. They spoke for an hour.'), [
      'Gen. Mark Milley met Mr. J. R. Smith on Jan. 8 in the U.S. capital.',
      'They spoke for an hour.',
    ]);
  });
  it('does not split "Japan-U.S." inside a word', () => {
    assert.deepEqual(sentences('It will reconfirm the strong Japan-U.S. relationship. Both sides agreed.'), [
      'It will reconfirm the strong Japan-U.S. relationship.',
      'Both sides agreed.',
    ]);
  });
  it('splits after a sentence-final "U.S." when a new sentence plainly starts', () => {
    assert.deepEqual(sentences('The delegation arrived in the U.S. He met the president on Monday.'), [
      'The delegation arrived in the U.S.',
      'He met the president on Monday.',
    ]);
  });
  it('keeps quoted sentences with their closing marks', () => {
    assert.deepEqual(sentences('He said, “We believe in democracy.” Then he left.'), ['He said, “We believe in democracy.”', 'Then he left.']);
  });
  it('never crosses a paragraph boundary', () => {
    assert.deepEqual(sentences('First paragraph without a stop\nSecond paragraph.'), ['First paragraph without a stop', 'Second paragraph.']);
  });
});

describe('tokens', () => {
  it('carry offsets into the text and parts of speech', () => {
    const text = 'Blinken met Motegi in Tokyo.';
    const p = new Pipeline([structureStage, sentencesStage], { resources: sharedAnalyzer().resources });
    const doc = p.run(new Doc(text, meta));
    const toks = doc.layer('tokens');
    assert.deepEqual(toks.map((t) => doc.slice(t)), ['Blinken', 'met', 'Motegi', 'in', 'Tokyo', '.']);
    assert.equal(toks[1]!.pos, 'VERB');
    assert.equal(toks[0]!.pos, 'PROPN');
  });
});
