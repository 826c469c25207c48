import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDoc } from '../../src/doc/invariants.js';
import { readFixture } from '../helpers.js';
import { EXAMPLE_MENTIONS } from './example-mentions.js';
import { analyzeQuotes, quoteWith } from './support.js';

// The gold of expected.json (quotes, indirect_speech), with the entity ids the
// hand-made mentions give each person.
const BLINKEN = 'Q4773867';
const MOTEGI = 'Q1064716';
const AUSTIN = 'Q2640074';
const PENTAGON = 'Q11208';

describe('quotes in the example article (us-japan-2021-03-16)', () => {
  const text = readFixture('us-japan-2021-03-16', 'article.txt');
  const { doc, quotes } = analyzeQuotes(text, EXAMPLE_MENTIONS);

  it('keeps every offset invariant', () => {
    assert.deepEqual(checkDoc(doc), []);
    for (const q of quotes) assert.equal(q.text, text.slice(q.start, q.end));
  });

  it("finds Motegi's two-part quote, its opening mark missing, both parts his", () => {
    const first = quoteWith(quotes, 'unwavering commitment to the alliance');
    const second = quoteWith(quotes, 'reconfirm the strong Japan-U.S. relationship');
    assert.ok(first.text.startsWith('I highly appreciate'), first.text);
    assert.ok(first.text.endsWith('Indo-Pacific region,'), first.text);
    assert.equal(first.speaker, MOTEGI);
    assert.equal(first.cue?.text, 'said');
    assert.match(first.repaired ?? '', /missing opening mark/);
    assert.ok(second.text.startsWith('It is gratifying'), second.text);
    assert.ok(second.text.endsWith('outside world.'), second.text);
    assert.equal(second.speaker, MOTEGI);
    assert.match(second.repaired ?? '', /missing opening mark/);
    assert.ok(!second.text.includes('Shigeki said'), 'the cue stays out of the quote');
  });

  it("finds Blinken's quote through 'He said', closing mark missing, ending at its paragraph", () => {
    const q = quoteWith(quotes, 'We believe in democracy, human rights and the rule of law');
    assert.ok(q.text.includes('we will work together to realize that vision'));
    assert.ok(q.text.endsWith('that vision.'), 'ends at the paragraph end, not later');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker, BLINKEN);
    assert.equal(q.cue?.text, 'said');
    assert.match(q.repaired ?? '', /missing closing mark/);
    assert.ok(q.confidence < 1);
  });

  it("finds Austin's quote with the Pentagon as its channel", () => {
    const q = quoteWith(quotes, 'The Chinese Communist Party is our main threat');
    assert.ok(q.text.includes('credible deterrent'));
    assert.equal(q.speaker, AUSTIN);
    assert.equal(q.channel, PENTAGON);
    assert.equal(q.cue?.text, 'told reporters');
    assert.equal(q.repaired, null);
  });

  it("finds Blinken's indirect speech and the sides' joint statement", () => {
    const blinken = quoteWith(quotes, 'working together to address the Chinese Communist threat', 'indirect');
    assert.equal(blinken.speaker, BLINKEN);
    assert.ok(blinken.text.startsWith('working together'), 'the clause after "that"');
    const sides = quoteWith(quotes, 'alliance is the cornerstone', 'indirect');
    assert.equal(sides.speaker, null, '"Both sides" names no single entity');
  });

  it('takes the marked name of the "2 plus 2" talks for a term, not a quote', () => {
    assert.equal(quotes.filter((q) => q.text.includes('2 plus 2')).length, 0);
  });

  it('never runs a quote across the caption or into the next paragraph', () => {
    for (const q of quotes) assert.ok(!q.text.includes('\n') || q.rule.startsWith('multi-paragraph'), q.text);
    assert.equal(quotes.length, 6, JSON.stringify(quotes.map((q) => q.text.slice(0, 30))));
  });
});
