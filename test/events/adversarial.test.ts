import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from './pipeline.js';

describe('adversarial input', () => {
  it('a very long sentence of repeated verbs and "and" completes, without a flood of events', () => {
    const text = `Secretary of State Antony Blinken ${'met and criticized and visited and '.repeat(1500)}met Chinese Foreign Minister Wang Yi.`;
    const doc = analyzeText(text);
    assert.ok(doc.events.length <= 3, `${doc.events.length} events`);
  });

  it('a long list of actors completes and stays one list', () => {
    const text = `${'Blinken and Wang Yi and '.repeat(800)}Suga met.`;
    const doc = analyzeText(text);
    assert.ok(doc.events.length < 20, `${doc.events.length} events`);
  });
});
