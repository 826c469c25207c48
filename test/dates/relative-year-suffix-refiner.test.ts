import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, expectDate } from './support.js';

describe('RelativeYearSuffixRefiner', () => {
  it('"early April of this year" (the example) covers the suffix and takes its year', () => {
    const m = expectDate(
      'Prime Minister Kan plans to visit the United States in early April of this year, becoming',
      'early April of this year',
      '2021-04-01',
      '2021-04-10',
      'span',
    );
    assert.equal(m.rule, 'PartOfMonthParser+RelativeYearSuffixRefiner');
  });
  it('moves a month or a day to last / next year', () => {
    expectDate('in April of last year', 'April of last year', '2020-04-01', '2020-04-30', 'month');
    expectDate('on March 5 of next year', 'March 5 of next year', '2022-03-05', '2022-03-05', 'day');
    expectDate('late December of last year', 'late December of last year', '2020-12-21', '2020-12-31', 'span');
    expectDate('in March last year', 'March last year', '2020-03-01', '2020-03-31', 'month');
  });
  it('does not reach across a comma', () => {
    assert.deepEqual(
      dates('in early April, last year').map((m) => [m.text, m.value?.start]),
      [
        ['early April', '2021-04-01'],
        ['last year', '2020-01-01'],
      ],
    );
  });
  it('leaves a written year alone', () => {
    expectDate('in April 2019', 'April 2019', '2019-04-01', '2019-04-30', 'month');
  });
});
