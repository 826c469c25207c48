import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { only } from './support.js';

describe('ExpressionTrimRefiner', () => {
  it('the text is the date, without "on", brackets or a trailing "of"', () => {
    assert.equal(only('met on Friday with').text, 'Friday');
    assert.equal(only('the summit (Friday) was').text, 'Friday');
    assert.equal(only('in April of the following').text, 'April');
  });
});
