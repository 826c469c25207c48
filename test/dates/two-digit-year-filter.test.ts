import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, expectDate } from './support.js';

describe('TwoDigitYearFilter', () => {
  it('a two-digit number after a date is not its year', () => {
    expectDate('Portugal June 27-June 29 to lead', 'June 27-June 29', '2021-06-27', '2021-06-29', 'span');
    for (const m of dates('signed 5 Nov 21')) assert.notEqual(m.value?.start, '2021-11-05');
  });
  it('a relative day keeps its year', () => {
    expectDate('today', 'today', '2021-03-16', '2021-03-16', 'day');
  });
});
