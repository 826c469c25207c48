import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from './pipeline.js';

describe('adversarial input', () => {
  it('a very long sentence of repeated verbs and "and" completes, without a flood of events', () => {
    const text = `Secretary of State Antony Blinken ${'met and criticized and visited and '.repeat(1500)}met Chinese Foreign Minister Wang Yi.`;
    const doc = analyzeText(text);
    assert.ok(doc.events.length <= 3, `${doc.events.length} events`);
  });

  it('reported speech nested thousands deep, chained requests and brackets complete with few events', () => {
    for (const text of [
      `Chile ${'said that it '.repeat(5000)}would attack Peru.`,
      `Chile was urged ${'to ask '.repeat(3000)}to help Peru.`,
      `Chile ${'(CL) '.repeat(3000)}agreed in principle ${'on Monday '.repeat(2000)}to provide aid for Peru.`,
      `Chile, ${'Peru, '.repeat(3000)}and Bolivia met.`,
    ]) {
      const doc = analyzeText(text);
      assert.ok(doc.events.length <= 10, `${text.slice(0, 40)}: ${doc.events.length} events`);
    }
  });

  it('words that name Object properties before a number and an actor are plain words ("constructor 50 Peruvians")', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      assert.doesNotThrow(() => analyzeText(`Chile paid ${w} 50 Peruvian workers and met ${w} 3 Bolivian ministers.`), w);
    }
  });

  it('a long list of actors completes and stays one list', () => {
    const text = `${'Blinken and Wang Yi and '.repeat(800)}Suga met.`;
    const doc = analyzeText(text);
    assert.ok(doc.events.length < 20, `${doc.events.length} events`);
  });
});
