import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectDate, expectNone, only } from './support.js';

describe('PartOfMonthParser', () => {
  it('reads early / mid / late thirds of a month', () => {
    expectDate('in early April', 'early April', '2021-04-01', '2021-04-10', 'span');
    expectDate('by mid-March', 'mid-March', '2021-03-11', '2021-03-20', 'span');
    expectDate('by mid March', 'mid March', '2021-03-11', '2021-03-20', 'span');
    expectDate('in late April', 'late April', '2021-04-21', '2021-04-30', 'span');
    expectDate('in late February', 'late February', '2021-02-21', '2021-02-28', 'span');
  });
  it('reads beginning / middle / end of a month', () => {
    expectDate('by the end of April', 'end of April', '2021-04-21', '2021-04-30', 'span');
    expectDate('at the beginning of May', 'beginning of May', '2021-05-01', '2021-05-10', 'span');
    expectDate('in the middle of December', 'middle of December', '2020-12-11', '2020-12-20', 'span');
  });
  it('takes a written year', () => {
    expectDate('in early May 2020', 'early May 2020', '2020-05-01', '2020-05-10', 'span');
    expectDate('in late February, 2024', 'late February, 2024', '2024-02-21', '2024-02-29', 'span');
    expectDate('the end of April of 2019', 'end of April of 2019', '2019-04-21', '2019-04-30', 'span');
  });
  it('takes abbreviated months with a period', () => {
    expectDate('in early Jan.', 'early Jan.', '2021-01-01', '2021-01-10', 'span');
  });
  it('gives a month without a year its year by tense (calendar.yearForMonth)', () => {
    expectDate('in late December', 'late December', '2020-12-21', '2020-12-31', 'span');
    expectDate('in early October', 'early October', '2020-10-01', '2020-10-10', 'span', '2021-06-01');
    expectDate('is expected to visit in early October', 'early October', '2021-10-01', '2021-10-10', 'span', '2021-06-01');
    expectDate('plans to visit the United States in early April', 'early April', '2021-04-01', '2021-04-10', 'span');
  });
  it('names its rule', () => {
    assert.equal(only('early April').rule, 'PartOfMonthParser');
  });
  it('leaves words that only look alike', () => {
    expectNone('an early marcher');
    expectNone('the mid-may vote');
  });
});
