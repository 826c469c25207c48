import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('MonthYearRefiner', () => {
  it('"last"/"next" + month: the latest before / first after the reference month', () => {
    expectDate('Last December, the Commission', 'Last December', '2020-12-01', '2020-12-31', 'month', '2021-06-21');
    expectDate('last March', 'last March', '2020-03-01', '2020-03-31', 'month');
    expectDate('next January', 'next January', '2022-01-01', '2022-01-31', 'month');
  });
  it('a bare month is past unless a future word stands near or the past one is over eight months back', () => {
    expectDate('when we came into office in January', 'January', '2021-01-01', '2021-01-31', 'month', '2021-07-06');
    expectDate('in January', 'January', '2021-01-01', '2021-01-31', 'month', '2021-07-20');
    expectDate('in December', 'December', '2019-12-01', '2019-12-31', 'month', '2020-01-10');
    expectDate('the virus spread, and by March, drastic measures', 'March', '2020-03-01', '2020-03-31', 'month', '2020-10-18');
    expectDate('in March', 'March', '2021-03-01', '2021-03-31', 'month');
    expectDate('the election in June', 'June', '2021-06-01', '2021-06-30', 'month');
    expectDate('They will meet again in January', 'January', '2022-01-01', '2022-01-31', 'month', '2021-07-20');
  });
});
