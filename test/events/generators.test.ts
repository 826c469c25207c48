import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, describeEvents } from './pipeline.js';

describe('event candidates on small texts (reference date 2021-03-16)', () => {
  it('a verb with a subject and a "with" target', () => {
    assert.deepEqual(describeEvents(analyzeText('Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi in Beijing on Tuesday.')),
      ['CONSULT 042: Antony Blinken → Wang Yi [asserted]']); // in Beijing: a visit (refiners/mode.ts)
  });

  it('no event without an actor on each side', () => {
    assert.deepEqual(describeEvents(analyzeText('Secretary of State Antony Blinken met late into the night.')), []);
    assert.deepEqual(describeEvents(analyzeText('The talks ended without a statement.')), []);
  });

  it('a negated meeting', () => {
    const doc = analyzeText('Secretary of State Antony Blinken did not meet Chinese Foreign Minister Wang Yi.');
    assert.deepEqual(describeEvents(doc), ['CONSULT 040: Antony Blinken → Wang Yi [negated]']);
  });

  it('an event noun with its owner and a target', () => {
    const doc = analyzeText('Japanese Prime Minister Yoshihide Suga held talks with President Joe Biden at the White House.');
    assert.deepEqual(describeEvents(doc), ['CONSULT 046: Yoshihide Suga → Joe Biden [asserted]']);
  });

  it('a praise in a quote comes from the speaker', () => {
    const doc = analyzeText('“We highly appreciate the United States’ commitment to the alliance,” Japanese Foreign Minister Toshimitsu Motegi said.');
    const [e] = doc.events;
    assert.equal(doc.events.length, 1);
    assert.equal(e!.cameo.code, '051');
    assert.equal(e!.plover.type, 'SUPPORT');
    assert.equal(e!.cameo.source, 'JPNGOV');
    assert.equal(e!.cameo.target, 'USA');
    assert.equal(e!.place, null);
  });

  it('calling an actor a threat in a quote is a denunciation', () => {
    const doc = analyzeText('Defense Secretary Lloyd Austin told reporters: “The Chinese Communist Party is our main threat.”');
    assert.deepEqual(doc.events.map((e) => [e.cameo.code, e.cameo.source, e.cameo.target, e.plover.type]), [['111', 'USAGOVMIL', 'CHNGOV', 'ACCUSE']]);
  });

  it('a planned visit dated by its own sentence', () => {
    const doc = analyzeText('Prime Minister Yoshihide Suga plans to visit the United States in early April.');
    const [e] = doc.events;
    assert.equal(doc.events.length, 1);
    assert.equal(e!.plover.type, 'CONSULT');
    assert.equal(e!.plover.mode, 'visit');
    assert.equal(e!.modality, 'planned');
    assert.deepEqual(e!.date, { start: '2021-04-01', end: '2021-04-10', precision: 'span', from: 'sentence' });
  });

  it('a place in an unknown town before a known one', () => {
    const doc = analyzeText('Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in Anchorage, Alaska.');
    assert.deepEqual(doc.events.map((e) => e.place), [{ name: 'Anchorage', country: 'USA', entity: null }]);
    assert.deepEqual(doc.events.map((e) => e.date?.from), ['article']);
  });
});
