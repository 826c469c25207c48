import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText } from './pipeline.js';
import { ALONE_TYPES } from '../../src/events/plover-map.js';

const piece = fc.constantFrom(
  'Secretary of State Antony Blinken', 'Chinese Foreign Minister Wang Yi', 'Prime Minister Yoshihide Suga', 'the Pentagon', 'Beijing', 'Washington',
  'he', 'his', 'they', 'and', 'with', 'by', 'to', 'in Tokyo', 'in Anchorage, Alaska', 'met', 'meets', 'will visit', 'did not meet', 'criticized',
  'praised', 'were joined by', 'held talks', 'a visit to', 'is a threat', '“', '”', ',', '.', 'said', 'later this week', 'if', 'would', '\n',
);

describe('event invariants on any text', () => {
  it('every id in source/target is an entity, evidence equals its slice, sides never overlap', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join(' ').trim();
      if (!text) return;
      const doc = analyzeText(text);
      const ids = new Set(doc.entities.map((e) => e.id));
      for (const e of doc.events) {
        // A stance or an act of one's own (PLOVER needs no recipient for these) may stand without a target.
        assert.ok(e.source.length > 0 && (e.target.length > 0 || ALONE_TYPES.has(e.plover.type)), `${e.plover.type} without a target`);
        for (const id of [...e.source, ...e.target]) assert.ok(ids.has(id), `${id} is an entity`);
        assert.ok(!e.source.some((id) => e.target.includes(id)), 'source and target differ');
        assert.equal(doc.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
        assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
        assert.ok(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end);
      }
    }), { numRuns: 150 });
  });
});
