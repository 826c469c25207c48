import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('PartOfDayParser', () => {
  it('a named part of a day is that day', () => {
    expectDate('spoke this morning', 'this morning', '2021-03-16', '2021-03-16', 'day');
    expectDate('arrives this evening', 'this evening', '2021-03-16', '2021-03-16', 'day');
    expectDate('yesterday afternoon', 'yesterday afternoon', '2021-03-15', '2021-03-15', 'day');
    expectDate('leave tomorrow night', 'tomorrow night', '2021-03-17', '2021-03-17', 'day');
  });
});
