import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkSpan } from '../../src/dates/chunks.js';
import { hasDateTrigger, triggerWindows } from '../../src/dates/trigger.js';

describe('hasDateTrigger', () => {
  it('fires on month and weekday names, relative words with units, and four digits', () => {
    for (const s of ['on March 5', 'Jan. 20', 'on Monday', 'yesterday', 'later this week', 'two days ago', 'in 2020', 'Q1', 'the 1990s'])
      assert.ok(hasDateTrigger(s), s);
  });
  it('stays quiet on text without one', () => {
    for (const s of ['The ministers met.', '2+2 talks', '1,000 troops', 'call 555-123', ''])
      assert.equal(hasDateTrigger(s), false, s);
  });
});

describe('chunkSpan', () => {
  it('keeps short spans whole', () => {
    assert.deepEqual(chunkSpan('abc def', 0, 7), [{ start: 0, end: 7 }]);
  });
  it('cuts long spans at whitespace into pieces that tile the span', () => {
    const text = 'word '.repeat(1000);
    const chunks = chunkSpan(text, 3, text.length, 100);
    assert.equal(chunks[0]?.start, 3);
    assert.equal(chunks.at(-1)?.end, text.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      assert.ok(c.end - c.start <= 100 && c.end > c.start);
      if (i > 0) assert.equal(c.start, chunks[i - 1]!.end);
      if (i < chunks.length - 1) assert.match(text.charAt(c.end), /\s/);
    }
  });
  it('cuts hard where there is no whitespace', () => {
    const chunks = chunkSpan('x'.repeat(250), 0, 250, 100);
    assert.deepEqual(chunks, [{ start: 0, end: 100 }, { start: 100, end: 200 }, { start: 200, end: 250 }]);
  });
});

describe('triggerWindows', () => {
  it('none without a trigger', () => {
    assert.deepEqual(triggerWindows('The ministers met and talked at length.', 0, 39), []);
  });
  it('a window around each trigger, widened to whitespace, inside the span', () => {
    const text = `${'word '.repeat(40)}on March 5 ${'word '.repeat(40)}`;
    const windows = triggerWindows(text, 10, text.length - 10);
    assert.equal(windows.length, 1);
    const w = windows[0]!;
    assert.ok(w.start >= 10 && w.end <= text.length - 10);
    assert.ok(text.slice(w.start, w.end).includes('on March 5'));
    assert.match(text.charAt(w.start - 1), /\s/);
  });
  it('merges windows that touch and keeps far ones apart', () => {
    const near = 'Between March 5 and April 7 and May 1.';
    assert.equal(triggerWindows(near, 0, near.length).length, 1);
    const far = `Monday ${'word '.repeat(60)} Friday`;
    assert.equal(triggerWindows(far, 0, far.length).length, 2);
  });
});
