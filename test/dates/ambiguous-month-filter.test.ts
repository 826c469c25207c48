import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('AmbiguousMonthFilter', () => {
  it('the modal "may" and the verb "march" are not months', () => {
    expectNone('Talks may resume soon.');
    expectNone('They march on the capital.');
    expectNone('Protesters march in Yangon.');
    expectNone('they may 5 times');
    expectNone('May I ask a question?');
    expectNone('May God bless America.');
  });
  it('names are not months', () => {
    expectNone('Theresa May said so.');
    expectNone('the Long March');
    expectNone('April Ryan asked');
    expectNone('March Madness begins');
  });
  it('a cued or dated month stays', () => {
    expectDate('In May, he left', 'May', '2021-05-01', '2021-05-31', 'month');
    expectDate('since May', 'May', '2021-05-01', '2021-05-31', 'month');
    expectDate('He may go in May', 'May', '2021-05-01', '2021-05-31', 'month');
    expectDate('on May 5', 'May 5', '2021-05-05', '2021-05-05', 'day');
    expectDate('Protesters march on March 5', 'March 5', '2021-03-05', '2021-03-05', 'day');
  });
});
