import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisValidator } from '../../src/output/validate.js';
import { sharedAnalyzer } from '../helpers.js';

// Acts with no recipient stand alone (ALONE_TYPES): the document must still validate (schema 0.5 allows target []).
test('an event with no recipient validates against the schema', () => {
  const validate = analysisValidator();
  for (const text of ['Secretary of State John Blinken may march.']) {
    const doc = sharedAnalyzer().analyze({ text, date: '2021-03-16' });
    const alone = doc.events.filter((e) => e.target.length === 0);
    assert.ok(alone.length > 0, `an event without a target in: ${text}`);
    const r = validate(doc);
    assert.ok(r.valid, r.errors.join("; "));
  }
});
