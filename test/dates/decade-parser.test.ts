import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('DecadeParser', () => {
  it('reads decades and their parts', () => {
    expectDate('in the 1990s', '1990s', '1990-01-01', '1999-12-31', 'span');
    expectDate('in the early 1980s', 'early 1980s', '1980-01-01', '1983-12-31', 'span');
    expectDate('in the mid-1990s', 'mid-1990s', '1994-01-01', '1996-12-31', 'span');
    expectDate('throughout the late 1960s', 'late 1960s', '1967-01-01', '1969-12-31', 'span');
    expectDate("in the 1970's", "1970's", '1970-01-01', '1979-12-31', 'span');
  });
  it('leaves other plurals of numbers', () => {
    expectNone('in his 50s');
    expectNone('MiG-29s and F-16s');
  });
});
