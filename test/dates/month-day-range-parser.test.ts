import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('MonthDayRangeParser', () => {
  it('reads day ranges with an en dash or spaced dash', () => {
    expectDate('Honolulu, Hawaii June 27 – 30. In', 'June 27 – 30', '2021-06-27', '2021-06-30', 'span');
    expectDate('in the September 25–27 poll', 'September 25–27', '2020-09-25', '2020-09-27', 'span');
    expectDate('from May 25th – 27th, 2022', 'May 25th – 27th, 2022', '2022-05-25', '2022-05-27', 'span');
  });
  it('leaves what is no range of days to chrono (the first date alone)', () => {
    expectDate('March 7 – 5 percent', 'March 7', '2021-03-07', '2021-03-07', 'day');
    expectDate('February 27–31', 'February 27', '2021-02-27', '2021-02-27', 'day');
  });
});
