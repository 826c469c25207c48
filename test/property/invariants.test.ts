import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDoc } from '../../src/doc/invariants.js';
import { analysisValidator } from '../../src/output/validate.js';
import { sharedAnalyzer } from '../helpers.js';

// Text built from the pieces that trip news pipelines: abbreviations, quotes of
// every kind, dates, newlines, non-Latin scripts, HTML-ish fragments.
const piece = fc.constantFrom(
  'Secretary of State John Blinken', 'Prime Minister Kan', 'He said', 'Japanese Foreign Minister Toshimichi Mogi', 'Wang Yi', 'the Pentagon', 'Biden administration', 'his', 'Beijing',
  'U.S.', 'Jan.', 'Mr.', 'Gen.', 'J.', 'Japan-U.S.', '“', '”', '"', '‘', '’', '«', '»', '„', '\n', '\n\n', '\r\n', ' ', '  ', '.', '?!',
  'said', 'Blinken', 'Tokyo', 'March 16, 2021', 'early April', 'later this week', 'last year', 'in 2020', 'mid-March', 'Jan. 20',
  'Recent Comments', '(Reuters file photo, Jan. 8, 2021)', 'By Jane Doe', 'WASHINGTON —', '茂木敏充', 'Зеленский', '😀', '\u0000',
  '\uFEFF', '<p>', '</p>', '<div>', '&amp;', '2+2', '1,000', 'may', 'march',
);
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')));

describe('any input', () => {
  const analyzer = sharedAnalyzer();
  const validate = analysisValidator();
  it('never throws except a clear empty-input error, and every invariant holds', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'text' | 'html' | 'auto'>('text', 'html', 'auto'), fc.option(fc.constant('2021-03-16')), (t, format, date) => {
        let result;
        try {
          result = analyzer.analyzeDoc({ text: t, origin: 'prop', format }, { date });
        } catch (e) {
          const code = (e as { code?: string }).code;
          assert.ok(code === 'E_EMPTY' || code === 'E_HTML_NO_TEXT', `unexpected ${String(e)} for ${JSON.stringify(t)}`);
          return;
        }
        assert.deepEqual(checkDoc(result.doc), []);
        const out = analyzer.analyze({ text: t, origin: 'prop', format }, { date });
        const v = validate(out);
        assert.ok(v.valid, v.errors.join('\n'));
        for (const b of out.blocks) assert.ok(out.text.slice(b.start, b.end).trim().length > 0);
        for (const s of out.sentences) assert.ok(out.blocks.some((b) => b.start <= s.start && s.end <= b.end), 'sentence inside a block');
        // Every link points to an entity, and every entity is mentioned.
        const ids = new Set(out.entities.map((e) => e.id));
        for (const m of result.doc.layer('mentions')) assert.ok(m.entity === null || ids.has(m.entity), `mention ${m.text} → ${m.entity}`);
        for (const e of out.entities) {
          assert.ok(e.mentions.length > 0, `entity ${e.id} has mentions`);
          for (const m of e.mentions) assert.equal(out.text.slice(m.start, m.end), m.text);
          for (const c of e.nameChecks) {
            assert.equal(out.text.slice(c.start, c.end), c.surface);
            assert.equal(out.text.slice(c.wrongSpan.start, c.wrongSpan.end), c.wrong);
            assert.ok(c.start <= c.wrongSpan.start && c.wrongSpan.end <= c.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
