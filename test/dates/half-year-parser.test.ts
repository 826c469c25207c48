import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('HalfYearParser', () => {
  it('reads halves of a year', () => {
    expectDate('in the first half of 2021', 'first half of 2021', '2021-01-01', '2021-06-30', 'span');
    expectDate('in the second half of this year', 'second half of this year', '2021-07-01', '2021-12-31', 'span');
    expectDate('in the second half of the year', 'second half of the year', '2021-07-01', '2021-12-31', 'span');
    expectDate('the first half of next year', 'first half of next year', '2022-01-01', '2022-06-30', 'span');
    expectDate('H2 2020 results', 'H2 2020', '2020-07-01', '2020-12-31', 'span');
  });
});
