import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';
import { REFERENCE_DATE } from './pipeline.js';

const modes = (text: string, title?: string) => sharedAnalyzer().analyze({ text, origin: 'test', ...(title ? { title } : {}) }, { date: REFERENCE_DATE })
  .events.map((e) => [e.cameo.code, e.plover.type, e.plover.mode]);

describe('how a consultation was held (reference date 2021-03-16)', () => {
  it('a phone word in the sentence makes a call', () => {
    assert.deepEqual(modes('Secretary of State Antony Blinken spoke by phone with Japanese Foreign Minister Toshimitsu Motegi.'), [['041', 'CONSULT', 'phone']]);
  });

  it('a talk in an article whose title names a call is that call; a meeting is not', () => {
    const text = 'Secretary of State Antony Blinken spoke today with Japanese Foreign Minister Toshimitsu Motegi.';
    assert.deepEqual(modes(text, 'Secretary Blinken’s Call with Japanese Foreign Minister Motegi'), [['041', 'CONSULT', 'phone']]);
    assert.deepEqual(modes(text, 'Secretary Blinken’s Meeting with Japanese Foreign Minister Motegi'), [['046', 'CONSULT', null]]);
    const met = 'Secretary of State Antony Blinken met today with Japanese Foreign Minister Toshimitsu Motegi.';
    assert.deepEqual(modes(met, 'Secretary Blinken’s Call with Japanese Foreign Minister Motegi'), [['040', 'CONSULT', null]]);
  });

  it('"calls for" is an appeal, not a call', () => {
    assert.deepEqual(modes('Secretary of State Antony Blinken called for a ceasefire.'), [['0256', 'REQUEST', 'yield']]);
  });

  it('a meeting in the target\'s country is the source\'s visit, in the source\'s its hosting', () => {
    assert.deepEqual(modes('Secretary of State Antony Blinken met with Japanese Foreign Minister Toshimitsu Motegi in Tokyo.'), [['042', 'CONSULT', 'visit']]);
    assert.deepEqual(modes('Secretary of State Antony Blinken met with Japanese Foreign Minister Toshimitsu Motegi in Washington.'), [['043', 'CONSULT', 'visit']]);
  });
});
