import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('AnaphoricOffsetFilter', () => {
  it('offsets from another event are not resolved against the article date', () => {
    expectNone('A week later, they lined up.');
    expectNone('two months after the deal');
    expectNone('just a day before the rabbi left');
    expectNone('three years earlier');
  });
  it('offsets from now stay', () => {
    expectDate('two weeks ago', 'two weeks ago', '2021-03-02', '2021-03-02', 'day');
  });
});
