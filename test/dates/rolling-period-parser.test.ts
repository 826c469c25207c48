import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('RollingPeriodParser', () => {
  it('a past period ends on the reference day', () => {
    expectDate('over the past two weeks', 'the past two weeks', '2021-03-02', '2021-03-16', 'span');
    expectDate('in the last year', 'the last year', '2020-03-16', '2021-03-16', 'span');
    expectDate('the past week', 'the past week', '2021-03-09', '2021-03-16', 'span');
    expectDate('in the past 24 hours', 'the past 24 hours', '2021-03-15', '2021-03-16', 'span');
    expectDate('for the past several months', 'the past several months', '2020-12-16', '2021-03-16', 'span');
    expectDate('over the last couple weeks', 'the last couple weeks', '2021-03-02', '2021-03-16', 'span');
  });
  it('a future period starts on it', () => {
    expectDate('over the next three months', 'the next three months', '2021-03-16', '2021-06-16', 'span');
    expectDate('in the coming week', 'the coming week', '2021-03-16', '2021-03-23', 'span');
  });
  it('leaves vague plurals and weeks of a month', () => {
    expectNone('over the past weeks and months');
    expectNone('in the next days');
    expectNone('appeared in court on the next day');
  });
});
