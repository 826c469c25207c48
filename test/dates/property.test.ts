import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/dates/index.js';

const WORDS = [
  'early', 'mid-', 'late', 'April', 'March', 'may', 'May', 'Monday', 'Sun', 'this', 'next', 'last', 'week', 'month',
  'year', 'in', 'since', 'by', '2020', '2021', '21', '5', '-', '–', '/', ',', '.', 'of', 'the', 'ago', 'later',
  'earlier', 'today', 'yesterday', 'Q1', 'first', 'quarter', 'half', '1990s', 'at', '10', 'a.m.', ' ', '\n', '😀',
];

const textish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join('')),
);

const reference = fc.oneof(
  fc.constant(null),
  fc.constant('2021-03-16'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

describe('findDates properties', () => {
  it('never throws; offsets in bounds, text equals slice, sorted, non-overlapping, values ordered', () => {
    fc.assert(
      fc.property(
        textish,
        fc.array(fc.record({ start: fc.integer({ min: -10, max: 400 }), end: fc.integer({ min: -10, max: 400 }) }), { maxLength: 4 }),
        fc.boolean(),
        reference,
        (text, randomSpans, whole, ref) => {
          const spans = whole ? [{ start: 0, end: text.length }, ...randomSpans] : randomSpans;
          const found = findDates(text, spans, ref);
          let lastEnd = 0;
          for (const m of found) {
            assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
            assert.equal(text.slice(m.start, m.end), m.text);
            assert.ok(m.start >= lastEnd, 'sorted and non-overlapping');
            lastEnd = m.end;
            assert.ok(m.rule.length > 0);
            if (m.value) {
              assert.match(m.value.start, /^\d{4}-\d{2}-\d{2}$/);
              assert.match(m.value.end, /^\d{4}-\d{2}-\d{2}$/);
              assert.ok(m.value.start <= m.value.end);
              if (m.precision === 'day') assert.equal(m.value.start, m.value.end);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
