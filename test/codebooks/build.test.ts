// The build's readers on small inline inputs (the real sources are in ../shared, absent from a clone).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCodePair, readVerbDictionary } from '../../scripts/codebooks/read-verb-dictionary.js';
import { parsePattern } from '../../scripts/codebooks/parse-pattern.js';
import { readCameoPlover } from '../../scripts/codebooks/read-cameo-plover.js';
import { recordsJson } from '../../scripts/codebooks/write-json.js';
import { buildCodebooks } from '../../scripts/codebooks/build.js';

describe('codebooks build', () => {
  it('reads code pairs', () => {
    assert.deepEqual(parseCodePair('042:043'), { code: '042', passive: '043' });
    assert.deepEqual(parseCodePair('---'), { code: null, passive: null });
    assert.deepEqual(parseCodePair(':020'), { code: null, passive: '020' });
    assert.equal(parseCodePair('080!'), undefined);
  });

  it('parses patterns: slots, phrases, synonym sets, alternatives', () => {
    const syn = new Set(['WEAPON']);
    assert.deepEqual(parsePattern(' $ * (AS {TOP NEGOTIATOR}) (WITH +) ', syn), {
      ok: true, before: [{ slot: 'source' }],
      after: [{ prep: ['as'], obj: [{ seq: [{ w: ['top'] }, { w: ['negotiator'] }] }] }, { prep: ['with'], obj: [{ slot: 'target' }] }],
    });
    assert.deepEqual(parsePattern('* (BY/WITH &WEAPON) DEBT_RELIEF', syn), {
      ok: true, before: [], after: [{ prep: ['by', 'with'], obj: [{ syn: 'WEAPON' }] }, { seq: [{ w: ['debt'] }, { w: ['relief'] }] }],
    });
    assert.deepEqual(parsePattern('* &NOPE', syn), { ok: false, reason: 'undefined synonym set &NOPE' });
    assert.deepEqual(parsePattern('* (WITH VISIT) VISIT)', syn), { ok: false, reason: 'unbalanced ")"' });
  });

  it('reads a small dictionary: synonym sets, blocks, verbs, patterns, comments', () => {
    const text = [
      '&THING', '+WIDGET', '+BIG_GADGET_', '',
      '####### VERB PATTERNS #######', '',
      '---  MAKE   [---]  ---',
      '+TURN_OUT {+TURNS_OUT +TURNED_OUT} [010] # a comment',
      'MAKE {MAKES MADE MAKING}',
      'PLAN',
      '- * &THING [057:057] # MAKE',
      '- * &THING [036] # MAKE',
      '- * &MISSING [036]',
      '~ a (a b Q) SAY = a b Q',
    ].join('\n');
    const d = readVerbDictionary(text);
    assert.deepEqual(d.synsets, { THING: ['widget', 'widgets', 'big gadget'] });
    assert.deepEqual(d.groups, [{ name: 'MAKE', line: 7, code: null, passive: null }]);
    assert.deepEqual(d.verbs.map((v) => [v.lemma, v.code, v.forms]), [
      ['+turn out', '010', ['+turn out', '+turns out', '+turned out']],
      ['make', null, ['make', 'makes', 'made', 'making']],
      ['plan', null, ['plan', 'plans', 'planned', 'planning']],
    ]);
    assert.deepEqual(d.patterns.map((p) => [p.line, p.code, p.passive]), [[11, '057', '057'], [12, '036', null]]);
    assert.deepEqual(d.dropped, [{ line: 13, text: '- * &MISSING [036]', reason: 'undefined synonym set &MISSING' }]);
    assert.equal(d.skipped[0]?.reason, 'verb transformation (needs a parse tree)');
  });

  it('reads the CAMEO→PLOVER table, keeping the first of conflicting lines', () => {
    const t = readCameoPlover('# head\n08: CONCEDE\n041: CONSULT, phone,   # Discuss by telephone\n091: ACCUSE, investigate, crime; corruption # Investigate\n08: RETREAT\n');
    assert.deepEqual(t.entries.map((e) => [e.code, e.type, e.mode, e.context, e.description]), [
      ['041', 'CONSULT', 'phone', [], 'Discuss by telephone'],
      ['08', 'CONCEDE', null, [], null],
      ['091', 'ACCUSE', 'investigate', ['crime', 'corruption'], 'Investigate'],
    ]);
    assert.equal(t.problems.length, 1);
  });

  it('writes one record a line, valid JSON', () => {
    const text = recordsJson({ source: 's', list: [{ a: 1 }, { a: 2 }], map: { x: [1] } });
    assert.equal(text, '{\n"source": "s",\n"list": [\n{"a":1},\n{"a":2}\n],\n"map": {\n"x": [1]\n}\n}\n');
    assert.deepEqual(JSON.parse(text), { source: 's', list: [{ a: 1 }, { a: 2 }], map: { x: [1] } });
  });

  it('says clearly when the sources are missing', () => {
    assert.throws(() => buildCodebooks('/nonexistent/codebooks', '/nonexistent/out'), /lacks CAMEO\.2\.0\.txt.*ATTACHE_CODEBOOKS/);
  });
});
