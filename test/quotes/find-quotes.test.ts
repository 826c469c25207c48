import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans, type Paragraph, type QuoteSpan } from '../../src/quotes/find-quotes.js';

/** Paragraphs are the text's lines; each continues the one before. */
function lines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function quotes(text: string, paragraphs: readonly Paragraph[] = lines(text), barriers?: number[]): QuoteSpan[] {
  return findQuoteSpans(text, paragraphs, barriers ? { barriers } : {});
}

function texts(text: string): string[] {
  return quotes(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuoteSpans: marks', () => {
  it('pairs every common convention', () => {
    assert.deepEqual(texts('He said “English curly” and "straight ones".'), ['English curly', 'straight ones']);
    assert.deepEqual(texts('Sie sagte: „Wir schaffen das“, und ging.'), ['Wir schaffen das']);
    assert.deepEqual(texts('Il a dit : « Nous sommes en guerre » hier.'), ['Nous sommes en guerre']);
    assert.deepEqual(texts('Han sa: ”Vi kommer” igår.'), ['Vi kommer']);
    assert.deepEqual(texts('Hun sagde: »Vi kommer« i går.'), ['Vi kommer']);
    assert.deepEqual(texts('彼は「行きます」と言った。'), ['行きます']);
    assert.deepEqual(texts('The headline read ‘Talks collapse’ and \'Deal off\'.'), ['Talks collapse', 'Deal off']);
  });

  it('keeps nested quotes inside the outer one', () => {
    assert.deepEqual(texts('“He said ‘no’ and “meant it” twice,” she said.'), ['He said ‘no’ and “meant it” twice,']);
    assert.deepEqual(texts('„Er sagte ‚nein‘ dazu“, sagte sie.'), ['Er sagte ‚nein‘ dazu']);
  });

  it('closes a sloppy “quote“ whose closing mark is an opening one', () => {
    assert.deepEqual(texts('He said “we will go“ and left.'), ['we will go']);
  });

  it('skips apostrophes, elisions and plural possessives', () => {
    assert.deepEqual(texts('We’ve seen it’s the Party’s fault in the ’90s, O’Neill said.'), []);
    assert.deepEqual(texts('‘The leaders’ talks went well,’ she said. \'Rock\'n\'roll\' is back.'), ['The leaders’ talks went well,', "Rock'n'roll"]);
  });

  it('gives the offsets of the marks and the quoted words between them', () => {
    const text = 'He said, “We will.”';
    const [q] = quotes(text);
    assert.deepEqual({ start: q!.start, end: q!.end, open: q!.open, close: q!.close, shape: q!.shape, repaired: q!.repaired }, {
      start: 10,
      end: 18,
      open: 9,
      close: 18,
      shape: 'paired',
      repaired: null,
    });
  });
});

describe('findQuoteSpans: broken marks', () => {
  it('starts a quote with a missing opening mark at its paragraph, then after the cue sentence', () => {
    const text = 'Intro.\nI highly appreciate it,” Motegi said. It is gratifying. I believe it.”\nNext.';
    const qs = quotes(text);
    assert.deepEqual(qs.map((q) => text.slice(q.start, q.end)), ['I highly appreciate it,', 'It is gratifying. I believe it.']);
    assert.deepEqual(qs.map((q) => q.repaired), ['missing opening mark: started at paragraph start', 'missing opening mark: started after the previous quote or cue sentence']);
    assert.deepEqual(qs.map((q) => q.open), [null, null]);
  });

  it('does not reach back across a sentence of narration (a barrier)', () => {
    const text = 'Berg spoke to reporters. Berg said so. The plan works,” she added.';
    const barrier = text.indexOf('said');
    assert.deepEqual(quotes(text, lines(text), [barrier]).map((q) => text.slice(q.start, q.end)), ['The plan works,']);
  });

  it('ends a quote with a missing closing mark at its paragraph, never later', () => {
    const text = 'He said, “We believe in democracy. We will work together.\nIn a statement, the Pentagon said more.\nLast paragraph.';
    const qs = quotes(text);
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'We believe in democracy. We will work together.');
    assert.equal(qs[0]!.repaired, 'missing closing mark: ended at paragraph end');
    assert.equal(qs[0]!.close, null);
  });

  it('ends it before a later sentence of narration', () => {
    const text = '“We will rebuild. Nothing will stop us. Berg said the budget passed.';
    const qs = quotes(text, lines(text), [text.indexOf('said')]);
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'We will rebuild. Nothing will stop us.');
    assert.equal(qs[0]!.repaired, 'missing closing mark: ended before a cue sentence');
  });

  it('ends it before an attribution clause in its own sentence', () => {
    const text = '“We will win, Blinken said. Then he left.';
    const qs = findQuoteSpans(text, lines(text), { attributions: [text.indexOf('Blinken')], barriers: [text.indexOf('said')] });
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'We will win,');
    assert.equal(qs[0]!.repaired, 'missing closing mark: ended before its attribution');
  });

  it('runs on over paragraphs that re-open the quote, and only those', () => {
    const text = 'She said: “One.\n“Two.\n“Three.”\nNarration.';
    const qs = quotes(text);
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'One.\n“Two.\n“Three.');
    assert.equal(qs[0]!.shape, 'multi-paragraph');
    assert.equal(qs[0]!.paragraphs, 3);
  });

  it('does not run on into a paragraph that does not follow directly (a caption between)', () => {
    const text = 'She said: “One.\n“Two.”';
    const [a, b] = lines(text);
    const qs = quotes(text, [a!, { ...b!, continues: false }]);
    assert.deepEqual(qs.map((q) => [text.slice(q.start, q.end), q.shape]), [
      ['One.', 'missing-close'],
      ['Two.', 'paired'],
    ]);
  });

  it('ends an unclosed multi-paragraph quote at the last paragraph that re-opens it', () => {
    const text = 'She said: “One.\n“Two.\nNarration resumes here.';
    const qs = quotes(text);
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0]!.start, qs[0]!.end), 'One.\n“Two.');
    assert.equal(qs[0]!.shape, 'missing-close');
    assert.equal(qs[0]!.paragraphs, 2);
  });
});
