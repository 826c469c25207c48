import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findDates } from '../../src/dates/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { dates, REF } from './support.js';

const EXAMPLE = join(packageRoot(), 'examples', 'us-japan-2021-03-16.txt');

describe('findDates', () => {
  it('scans only the given spans, with offsets into the whole text', () => {
    const text = 'On Monday we met. Talks resume on March 20. Yesterday was quiet.';
    const second = { start: 18, end: 43 };
    const found = findDates(text, [second], REF);
    assert.deepEqual(
      found.map((m) => [m.start, m.end, m.text]),
      [[34, 42, 'March 20']],
    );
    assert.equal(text.slice(34, 42), 'March 20');
  });
  it('returns mentions sorted and without overlaps, whatever the order and overlap of spans', () => {
    const text = 'Yesterday and on March 20, then next week.';
    const found = findDates(text, [{ start: 10, end: text.length }, { start: 0, end: text.length }, { start: 0, end: 20 }], REF);
    assert.deepEqual(found.map((m) => m.text), ['Yesterday', 'March 20', 'next week']);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start);
  });
  it('clamps spans to the text and skips empty ones', () => {
    assert.deepEqual(findDates('today', [{ start: -5, end: 99 }, { start: 3, end: 1 }], REF).map((m) => m.text), ['today']);
    assert.deepEqual(findDates('', [{ start: 0, end: 0 }], REF), []);
  });
  it('without a reference, relative expressions get value null and written dates resolve', () => {
    const found = dates('On March 16, 2021 and Jan. 20, early April; last year; in 2020 and Monday.', null);
    assert.deepEqual(
      found.map((m) => [m.text, m.value, m.precision]),
      [
        ['March 16, 2021', { start: '2021-03-16', end: '2021-03-16' }, 'day'],
        ['Jan. 20', null, 'day'],
        ['early April', null, 'span'],
        ['last year', null, 'year'],
        ['2020', { start: '2020-01-01', end: '2020-12-31' }, 'year'],
        ['Monday', null, 'day'],
      ],
    );
  });
  it('an invalid reference counts as none', () => {
    assert.equal(dates('yesterday', '2021-02-30')[0]?.value, null);
    assert.equal(dates('yesterday', 'soon')[0]?.value, null);
  });
  it('every mention has a rule and its text equals its slice', () => {
    const text = 'On Jan. 20, 2021, later this week, in mid-March and since 2019.';
    for (const m of dates(text)) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(m.rule.length > 0);
    }
  });
  it('the example article, one span a line: the five gold dates', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const spans: { start: number; end: number }[] = [];
    let p = 0;
    for (const line of text.split('\n')) {
      spans.push({ start: p, end: p + line.length });
      p += line.length + 1;
    }
    const found = findDates(text, spans, '2021-03-16');
    assert.deepEqual(
      found.map((m) => [m.text, m.value?.start, m.value?.end]),
      [
        ['Jan. 8, 2021', '2021-01-08', '2021-01-08'],
        ['early April of this year', '2021-04-01', '2021-04-10'],
        ['March 16, 2021', '2021-03-16', '2021-03-16'],
        ['later this week', '2021-03-17', '2021-03-21'],
        ['Jan. 20', '2021-01-20', '2021-01-20'],
      ],
    );
  });
});
