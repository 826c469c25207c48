import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('QuarterParser', () => {
  it('reads quarters with a year', () => {
    expectDate('in Q1 2021', 'Q1 2021', '2021-01-01', '2021-03-31', 'span');
    expectDate('in the first quarter of 2021', 'first quarter of 2021', '2021-01-01', '2021-03-31', 'span');
    expectDate('the 3rd quarter, 2019', '3rd quarter, 2019', '2019-07-01', '2019-09-30', 'span');
  });
  it('puts a quarter without a year nearest the reference', () => {
    expectDate('in the second quarter', 'second quarter', '2021-04-01', '2021-06-30', 'span');
    expectDate('in the fourth quarter', 'fourth quarter', '2020-10-01', '2020-12-31', 'span');
  });
  it('takes "of this year" through RelativeYearSuffixRefiner', () => {
    expectDate('in Q4 of this year', 'Q4 of this year', '2021-10-01', '2021-12-31', 'span');
  });
  it('leaves the ordinal alone', () => {
    expectNone('the second round of talks');
    expectNone('a second term');
  });
});
