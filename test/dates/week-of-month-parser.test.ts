import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('WeekOfMonthParser', () => {
  it('reads the nth week of a month', () => {
    expectDate('in the first week of April', 'first week of April', '2021-04-01', '2021-04-07', 'span');
    expectDate('the second week of May 2020', 'second week of May 2020', '2020-05-08', '2020-05-14', 'span');
    expectDate('the last week of March', 'last week of March', '2021-03-25', '2021-03-31', 'span');
    expectDate('the final week of February', 'final week of February', '2021-02-22', '2021-02-28', 'span');
  });
});
