import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import { checkDoc } from '../../src/doc/invariants.js';
import { Pipeline } from '../../src/pipeline/runner.js';
import { collectQuotes } from '../../src/quotes/collect.js';
import { findQuoteSpans } from '../../src/quotes/find-quotes.js';
import { quotesStage } from '../../src/quotes/stage.js';
import { structureStage } from '../../src/structure/stage.js';
import { sentencesStage } from '../../src/text/stage.js';
import { sharedAnalyzer } from '../helpers.js';
import { mentionsFixtureStage } from './mentions-fixture.js';
import { meta } from './support.js';
import { syntheticInput } from './synthetic-layers.js';

// Inputs big enough that any per-mark (or per-paragraph) rescan of the rest of
// the text, or any backtracking pattern, would not finish: 10,000 marks spread
// over megabytes means 10,000 × megabytes of work for a quadratic step. No
// timings are asserted. (A per-paragraph regex search that ran on to the end
// of the text was caught by the 5 MB article below.)

const MB5 = 5 * 1024 * 1024;
const MARKS = ['“', '”', '"', '‘', '’', '«', '»', '„', "'", '「'];
const NAMES = new Map([
  ['Blinken', 'blinken'],
  ['He', 'blinken'],
]);

function spread(marks: number, size: number, filler: string): string {
  const gap = Math.max(1, Math.floor(size / marks) - 1);
  const chunk = filler.repeat(Math.ceil(gap / filler.length)).slice(0, gap);
  let out = '';
  for (let i = 0; i < marks; i++) out += MARKS[i % MARKS.length]! + chunk;
  return out;
}

function checkSpans(text: string, spans: readonly { start: number; end: number }[]): void {
  for (const s of spans) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length);
}

describe('pathological input', () => {
  it('pairs 10,000 marks spread over one 5 MB paragraph', () => {
    const text = spread(10_000, MB5, 'Blinken said the plan works and ');
    assert.ok(text.length >= MB5 - 10_000);
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    checkSpans(text, spans);
    assert.ok(spans.length > 0);
  });

  it('finds quotes, speakers and indirect speech among 10,000 marks over 1 MB of sentences', () => {
    const text = spread(10_000, 1024 * 1024, 'He said the plan works. ');
    const quotes = collectQuotes(syntheticInput(text, NAMES));
    checkSpans(text, quotes);
    for (const q of quotes) assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(quotes.some((q) => q.kind === 'indirect' && q.speaker === 'blinken'));
  });

  it('bounds one unclosed mark at the start of a 5 MB paragraph by that paragraph', () => {
    const text = '“' + 'We will work together and Blinken said so, '.repeat(MB5 / 44);
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    assert.equal(spans.length, 1);
    assert.equal(spans[0]!.shape, 'missing-close');
    const quotes = collectQuotes(syntheticInput(text, NAMES));
    checkSpans(text, quotes);
  });

  it('bounds one unclosed mark at the start of a 5 MB article by its first paragraph', () => {
    const paragraph = 'The talks went on. Blinken said the plan works.\n';
    const text = '“We will go.\n' + paragraph.repeat(MB5 / paragraph.length);
    const quotes = collectQuotes(syntheticInput(text, NAMES));
    const direct = quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(direct.map((q) => [q.text, q.repaired]), [['We will go.', 'missing closing mark: ended at paragraph end']]);
    assert.ok(quotes.filter((q) => q.kind === 'indirect').length > 50_000);
  });

  it('reads 10,000 bare marks of every kind, and 10,000 openers re-opened on 10,000 lines', () => {
    for (const mark of [...MARKS, '“ ', ' ”', '"a']) {
      const text = mark.repeat(10_000);
      checkSpans(text, findQuoteSpans(text, [{ start: 0, end: text.length }]));
    }
    const lines = '“A line of a very long speech.\n'.repeat(10_000);
    const spans = findQuoteSpans(lines, lineParagraphs(lines));
    assert.equal(spans.length, 1);
    assert.equal(spans[0]!.paragraphs, 10_000);
  });

  it('runs the quotes stage over 10,000 marks through the whole pipeline', () => {
    const text = spread(10_000, 200_000, 'He said so. ');
    const pipeline = new Pipeline([structureStage, sentencesStage, mentionsFixtureStage([{ text: 'He', entity: 'blinken', kind: 'pronoun' }]), quotesStage], {
      resources: sharedAnalyzer().resources,
    });
    const doc = pipeline.run(new Doc(text, meta));
    assert.deepEqual(checkDoc(doc), []);
    assert.ok(doc.layer('quotes').length > 0);
  });
});

function lineParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}
