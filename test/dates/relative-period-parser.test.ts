import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectDate, only } from './support.js';

describe('RelativePeriodParser', () => {
  it('weeks run Monday to Sunday', () => {
    expectDate('this week', 'this week', '2021-03-15', '2021-03-21', 'week');
    expectDate('next week', 'next week', '2021-03-22', '2021-03-28', 'week');
    expectDate('last week', 'last week', '2021-03-08', '2021-03-14', 'week');
    expectDate('the previous week', 'previous week', '2021-03-08', '2021-03-14', 'week');
    expectDate('this week', 'this week', '2021-03-15', '2021-03-21', 'week', '2021-03-21');
  });
  it('months', () => {
    expectDate('this month', 'this month', '2021-03-01', '2021-03-31', 'month');
    expectDate('next month', 'next month', '2021-04-01', '2021-04-30', 'month');
    expectDate('last month', 'last month', '2021-02-01', '2021-02-28', 'month');
    expectDate('last month', 'last month', '2020-12-01', '2020-12-31', 'month', '2021-01-10');
  });
  it('years', () => {
    expectDate('last year', 'last year', '2020-01-01', '2020-12-31', 'year');
    expectDate('this year', 'this year', '2021-01-01', '2021-12-31', 'year');
    expectDate('next year', 'next year', '2022-01-01', '2022-12-31', 'year');
  });
  it('weekends', () => {
    expectDate('this weekend', 'this weekend', '2021-03-20', '2021-03-21', 'span');
    expectDate('last weekend', 'last weekend', '2021-03-13', '2021-03-14', 'span');
    expectDate('over the weekend', 'the weekend', '2021-03-13', '2021-03-14', 'span');
    expectDate('over the weekend', 'the weekend', '2021-03-20', '2021-03-21', 'span', '2021-03-21');
  });
  it('names its rule', () => {
    assert.equal(only('next week').rule, 'RelativePeriodParser');
  });
});
