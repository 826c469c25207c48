import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('SlashDateFilter', () => {
  it('slash numbers without a year are not dates', () => {
    expectNone('open 24/7');
    expectNone('since 9/11');
    expectNone('1/2 of the budget');
  });
  it('a slash date with a year stays', () => {
    expectDate('on 3/16/2021', '3/16/2021', '2021-03-16', '2021-03-16', 'day');
  });
});
