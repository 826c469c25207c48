import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('EventYearParser', () => {
  it('reads the year of a named event', () => {
    expectDate('the 2020 election', '2020', '2020-01-01', '2020-12-31', 'year');
    expectDate('in the 2016 presidential election', '2016', '2016-01-01', '2016-12-31', 'year');
    expectDate('the 2022 Winter Olympics', '2022', '2022-01-01', '2022-12-31', 'year');
    expectDate('the 2020 census', '2020', '2020-01-01', '2020-12-31', 'year');
  });
  it('leaves counts', () => {
    expectNone('2020 votes');
    expectNone('$2020 budget');
  });
});
