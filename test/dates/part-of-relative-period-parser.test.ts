import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('PartOfRelativePeriodParser', () => {
  it('"later this week" is the rest of the Monday–Sunday week', () => {
    expectDate('to meet later this week in Anchorage', 'later this week', '2021-03-17', '2021-03-21', 'span');
  });
  it('"earlier this week" is Monday to the day before', () => {
    expectDate('earlier this week', 'earlier this week', '2021-03-15', '2021-03-15', 'day');
    expectDate('earlier this week', 'earlier this week', '2021-07-05', '2021-07-07', 'span', '2021-07-08');
  });
  it('clamps at the edge of the week', () => {
    expectDate('later this week', 'later this week', '2021-03-21', '2021-03-21', 'day', '2021-03-21');
    expectDate('earlier this week', 'earlier this week', '2021-03-15', '2021-03-15', 'day', '2021-03-15');
  });
  it('does months and years too', () => {
    expectDate('later this month', 'later this month', '2021-03-17', '2021-03-31', 'span');
    expectDate('earlier this month', 'earlier this month', '2021-03-01', '2021-03-15', 'span');
    expectDate('later this year', 'later this year', '2021-03-17', '2021-12-31', 'span');
    expectDate('earlier in the year', 'earlier in the year', '2021-01-01', '2021-03-15', 'span');
  });
  it('reads thirds of next / last units', () => {
    expectDate('early next week', 'early next week', '2021-03-22', '2021-03-24', 'span');
    expectDate('late last year', 'late last year', '2020-09-01', '2020-12-31', 'span');
    expectDate('in mid-next month', 'mid-next month', '2021-04-11', '2021-04-20', 'span');
    expectDate('by the end of the year', 'end of the year', '2021-09-01', '2021-12-31', 'span');
    expectDate('by the end of next year', 'end of next year', '2022-09-01', '2022-12-31', 'span');
    expectDate('the middle of last month', 'middle of last month', '2021-02-11', '2021-02-20', 'span');
    expectDate('at the end of this week', 'end of this week', '2021-03-19', '2021-03-21', 'span');
  });
});
