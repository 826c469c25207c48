import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectDate, expectNone, only } from './support.js';

describe('GuardedYearParser', () => {
  it('reads a year after a guard word, without the guard', () => {
    expectDate('in 2020', '2020', '2020-01-01', '2020-12-31', 'year');
    expectDate('since 2019', '2019', '2019-01-01', '2019-12-31', 'year');
    expectDate('by 2025', '2025', '2025-01-01', '2025-12-31', 'year');
    expectDate('In 2017, the group', '2017', '2017-01-01', '2017-12-31', 'year');
    expectDate('the year 2000', '2000', '2000-01-01', '2000-12-31', 'year');
    expectDate('until 2030.', '2030', '2030-01-01', '2030-12-31', 'year');
  });
  it('reads ranges of years as a span', () => {
    expectDate('from 2019 to 2021', '2019 to 2021', '2019-01-01', '2021-12-31', 'span');
    expectDate('between 2010 and 2015', '2010 and 2015', '2010-01-01', '2015-12-31', 'span');
    expectDate('in 2019-20', '2019-20', '2019-01-01', '2020-12-31', 'span');
    expectDate('during 2014–2016', '2014–2016', '2014-01-01', '2016-12-31', 'span');
  });
  it('resolves without a reference date: the year is written', () => {
    expectDate('in 2020', '2020', '2020-01-01', '2020-12-31', 'year', null);
  });
  it('needs a guard: bare numbers are not years', () => {
    expectNone('2020 votes were cast');
    expectNone('U.S.-Japan 2+2 talks');
    expectNone('1,000 troops');
    expectNone('about 2000 people');
    expectNone('won by 2000 votes');
    expectNone('in 2020 percent');
    expectNone('in 1500 cases');
    expectNone('in 2020.5 ms');
  });
  it('names its rule', () => {
    assert.equal(only('in 2020').rule, 'GuardedYearParser');
  });
});
