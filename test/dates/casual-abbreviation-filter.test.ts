import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('CasualAbbreviationFilter', () => {
  it('"tmr" and "tmrw" are not tomorrow in news', () => {
    expectNone('contact Tara Rigler at TMR@NSCAI.GOV any day');
    expectNone('see you tmrw, any day');
  });
  it('"tomorrow" is', () => {
    expectDate('tomorrow', 'tomorrow', '2021-03-17', '2021-03-17', 'day');
  });
});
