import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('DurationFilter', () => {
  it('durations are not dates', () => {
    expectNone('married for 41 years');
    expectNone('extended for five years');
    expectNone('in the months and years to come');
    expectNone('in the weeks ahead');
  });
  it('"in N units" from now stays', () => {
    expectDate('in a few days', 'in a few days', '2021-03-19', '2021-03-19', 'day');
    expectDate('within two weeks', 'within two weeks', '2021-03-30', '2021-03-30', 'day');
  });
});
