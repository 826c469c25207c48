import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDoc } from '../../src/doc/invariants.js';
import { findQuoteSpans, type Paragraph } from '../../src/quotes/find-quotes.js';
import { analyzeQuotes } from './support.js';

// Text made of the pieces quote finding trips on: every quote mark, apostrophes
// inside words, cues, names, pronouns, colons, sentence ends and paragraph breaks.
const piece = fc.constantFrom(
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '‟',
  'We’ve', 'it’s', "Party's", 'leaders’', '’90s', 'said', 'told reporters', 'according to', 'In a statement,', 'that',
  'Blinken', 'He', 'the minister', 'SECRETARY BLINKEN:', 'QUESTION:', 'Q:', ':', ',', '.', '?', '!', '\n', '\n\n', ' ', 'the alliance is strong', '😀', '',
  '–', '—', '\n– President Blinken', '(', ')', 'so-called', 'to say', 'let me say',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((a) => a.join(' ')),
  fc.array(piece, { maxLength: 80 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

function lineParagraphs(t: string, continues: boolean[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  t.split('\n').forEach((line, i) => {
    if (line.length > 0) out.push({ start, end: start + line.length, continues: continues[i % Math.max(1, continues.length)] ?? true });
    start += line.length + 1;
  });
  return out;
}

describe('quote finding on any input', () => {
  it('findQuoteSpans never throws; spans lie in their paragraphs, marks outside them', () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { maxLength: 5 }), (t, continues) => {
        const paragraphs = lineParagraphs(t, continues);
        const spans = findQuoteSpans(t, paragraphs);
        for (const q of spans) {
          assert.ok(0 <= q.start && q.start < q.end && q.end <= t.length, `bad span ${q.start}-${q.end}`);
          const first = paragraphs.find((p) => p.start <= q.start && q.start < p.end);
          assert.ok(first, 'starts inside a paragraph');
          if (q.paragraphs === 1) assert.ok(q.end <= first.end, 'a one-paragraph quote stays in its paragraph');
          if (q.open !== null) assert.ok(q.open < q.start);
          if (q.close !== null) assert.ok(q.close >= q.end);
          assert.equal(q.repaired === null, q.open !== null && q.close !== null);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the quotes stage never throws, and every quote keeps the invariants', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (t.trim() === '') return;
        const { doc, quotes } = analyzeQuotes(t, [
          { text: 'Blinken', entity: 'blinken' },
          { text: 'He', entity: 'blinken', kind: 'pronoun' },
          { text: 'the minister', entity: 'minister', kind: 'title' },
          { text: 'BLINKEN', entity: 'blinken' },
        ]);
        assert.deepEqual(checkDoc(doc), []);
        for (const q of quotes) {
          assert.equal(q.text, t.slice(q.start, q.end));
          assert.ok(q.text.trim().length > 0);
          assert.ok(q.confidence >= 0 && q.confidence <= 1);
          if (q.cue) assert.equal(q.cue.text, t.slice(q.cue.start, q.cue.end));
          assert.ok(q.speaker === null || ['blinken', 'minister'].includes(q.speaker));
          assert.notEqual(q.channel, q.speaker ?? undefined);
        }
      }),
      { numRuns: 300 },
    );
  });
});
