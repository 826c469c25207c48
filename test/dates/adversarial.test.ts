import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../src/dates/index.js';

/**
 * Inputs built to make a backtracking regex or a quadratic rescan hang. None
 * asserts a time: if anything were exponential (or badly quadratic), these
 * would not finish.
 */
const CASES: Record<string, string> = {
  early: 'early '.repeat(100_000),
  mid: 'mid-'.repeat(100_000),
  digitsAndDashes: '1-2-'.repeat(50_000),
  dashes: '-'.repeat(200_000),
  digits: '7'.repeat(200_000),
  years: '2021 '.repeat(40_000),
  months: 'March '.repeat(40_000),
  monthDays: 'March 5 '.repeat(25_000),
  endOf: 'end of '.repeat(40_000),
  theLast: 'the last '.repeat(30_000),
  inThe: 'in the '.repeat(40_000),
  agoUnits: '2 days and '.repeat(20_000),
  agoUnitsThenAgo: `${'2 days and '.repeat(20_000)}ago`,
  agoUnitsAgo: '2 days and ago '.repeat(15_000),
  marchMarch: 'March March '.repeat(20_000),
  spaces: `March${' '.repeat(200_000)}2021`,
  slashes: '1/'.repeat(100_000),
  colons: '10:'.repeat(60_000),
  commas: '5, '.repeat(60_000),
  mixed: 'on Monday, March 5, 2021 at 10 a.m. later this week in early April of this year since 2019 '.repeat(2_000),
};

describe('findDates on adversarial input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`finishes on ${name} (${text.length} chars), offsets intact`, () => {
      const found = findDates(text, [{ start: 0, end: text.length }], '2021-03-16');
      let lastEnd = 0;
      for (const m of found) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(m.start >= lastEnd);
        lastEnd = m.end;
      }
    });
  }
});
