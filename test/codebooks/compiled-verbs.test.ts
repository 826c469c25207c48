// Groups compiled from CAMEO.2.0.txt, checked by hand against the text file (line numbers are the file's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compiledVerbs } from './helpers.js';

const dict = compiledVerbs();
const group = (name: string) => dict.groups.find((g) => g.name === name);
const verb = (lemma: string) => dict.verbs.find((v) => v.lemma === lemma);
const pattern = (line: number) => dict.patterns.find((p) => p.line === line);

describe('compiled verb dictionary', () => {
  it('every verb form is a word or phrase: no separator from a brace list is taken for a form', () => {
    const odd = dict.verbs.flatMap((v) => v.forms.filter((f) => !/^\+?[a-z][a-z' -]*$/.test(f)).map((f) => `${v.lemma}: ${f}`));
    assert.deepEqual(odd, []);
    assert.ok(verb('+is determined')?.forms.includes('+be determined'));
  });

  it('FREEZE (line 2023): a [---] block, irregular forms from braces, RELATIONS → 160:160', () => {
    assert.deepEqual(group('FREEZE'), { name: 'FREEZE', line: 2023, code: null, passive: null });
    assert.deepEqual(verb('freeze')?.forms, ['freeze', 'freezes', 'freezing', 'froze', 'frozen']);
    const p = pattern(2025)!;
    assert.equal(p.text, '- * RELATIONS [160:160] # FREEZE');
    assert.deepEqual([p.code, p.passive, p.before, p.after], ['160', '160', [], [{ w: ['relations'] }]]);
    assert.deepEqual(pattern(2028)?.after, [{ seq: [{ w: ['bank'] }, { w: ['account'] }] }]);
  });

  it('FOIL (line 2004): [---] patterns keep a null code, "+ *" puts the target before the verb', () => {
    assert.deepEqual(verb('thwart')?.forms, ['thwart', 'thwarts', 'thwarted', 'thwarting']);
    assert.equal(pattern(2007)?.code, null);
    const p = pattern(2011)!;
    assert.deepEqual([p.code, p.before, p.after], ['193', [{ slot: 'target' }], [{ w: ['rocket'] }]]);
  });

  it('MEET_PEOPLE (line 5425): default 040, multiword MEET_WITH, prepositional phrases, passive-only codes', () => {
    assert.deepEqual(group('MEET_PEOPLE'), { name: 'MEET_PEOPLE', line: 5425, code: '040', passive: null });
    assert.deepEqual(verb('meet')?.forms, ['meet', 'meets', 'met', 'meeting']);
    assert.deepEqual(verb('+meet with')?.forms, ['+meet with', '+met with', '+meets with', '+meeting with']);
    const p = pattern(5442)!;
    assert.equal(p.text, '- * (WITH LEADERS) [036:036] # MEET');
    assert.deepEqual(p.after, [{ prep: ['with'], obj: [{ w: ['leaders'] }] }]);
    assert.deepEqual([pattern(5453)?.code, pattern(5453)?.passive], [null, '020']);
    assert.deepEqual(pattern(5451)?.after, [{ prep: ['by', 'with'], obj: [{ w: ['protests'] }] }]);
  });

  it('STIR_UP (line 2035): the "+" word inflects, the particle stays', () => {
    assert.deepEqual(verb('+stir up')?.forms, ['+stir up', '+stirs up', '+stirring up', '+stirred up']);
    assert.equal(verb('+stir up')?.group, 'FUEL');
  });

  it('CALL ON is the CALL block pattern "* (ON)" (line 5498) → 020; CALL_OFF is a multiword verb with its own code', () => {
    assert.deepEqual(group('CALL'), { name: 'CALL', line: 5481, code: '041', passive: '041' });
    assert.deepEqual(pattern(5498)?.after, [{ prep: ['on'], obj: [] }]);
    assert.equal(pattern(5498)?.code, '020');
    const callOff = verb('+call off')!;
    assert.equal(callOff.code, '160');
    assert.ok(callOff.forms.includes('+called off') && callOff.forms.includes('+calling off'));
  });

  it('synonym sets reference their name and carry regular plurals', () => {
    assert.deepEqual(pattern(3640)?.after, [{ syn: 'TREATY' }]);
    assert.ok(dict.synsets.TREATY?.includes('written agreement'));
    assert.ok(dict.synsets.TREATY?.includes('pacts'));
    assert.deepEqual(dict.synsets.AUXVERB1_, ['was', 'were', 'been']); // a "_" set: no plurals
  });

  it('drops what cannot be matched, each with its reason', () => {
    const reason = (line: number) => dict.dropped.find((d) => d.line === line)?.reason;
    assert.equal(reason(2059), 'not a CAMEO code: 176');
    assert.equal(reason(2406), 'undefined synonym set &FIGHT_CRIM');
    assert.equal(reason(5787), 'malformed code [080!]');
    assert.equal(reason(5514), 'repeated at line 5515'); // two identical (FOR ELECTIONS) lines: the later stays
    assert.ok(!dict.patterns.some((p) => dict.dropped.some((d) => d.line === p.line)));
  });

  it('reads "*" glued to a word as PETRARCH2 does ("- *SCEPTICAL", line 1735)', () => {
    assert.deepEqual(pattern(1735)?.after, [{ w: ['sceptical'] }]);
  });
});
