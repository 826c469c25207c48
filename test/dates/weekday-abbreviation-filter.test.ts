import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('WeekdayAbbreviationFilter', () => {
  it('abbreviations alone are not weekdays', () => {
    expectNone('Sun Yat-sen University');
    expectNone('Sat Nam');
    expectNone('the Wed report');
    expectNone('Sun Zhengcai, party chief');
    expectNone('Have a nice day and a nice weekend.');
    expectNone('on a weekday morning');
  });
  it('full names and dates with an abbreviated weekday stay', () => {
    expectDate('on Sunday', 'Sunday', '2021-03-14', '2021-03-14', 'day');
    expectDate('Sun, March 21', 'March 21', '2021-03-21', '2021-03-21', 'day');
  });
});
