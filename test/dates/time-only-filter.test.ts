import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('TimeOnlyFilter', () => {
  it('times alone make no date', () => {
    expectNone('at 10 a.m.');
    expectNone('at noon');
    expectNone('at 17:00 (GMT +2)');
    expectNone('in two hours');
    expectNone('right now');
  });
  it('a time with a date keeps the date', () => {
    expectDate('on Monday at 10 a.m.', 'Monday', '2021-03-15', '2021-03-15', 'day');
    expectDate('March 3, 2021 at 10 a.m.', 'March 3, 2021', '2021-03-03', '2021-03-03', 'day');
  });
});
