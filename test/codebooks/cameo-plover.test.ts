import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quadOfRoot } from '../../src/codebooks/index.js';
import { codebooks } from './helpers.js';

describe('CAMEO codes', () => {
  it('gives name, root, quad class and Goldstein score', () => {
    assert.deepEqual(codebooks().cameo('040'), { code: '040', name: 'Consult', nameSource: 'cameo2plover', root: '04', quad: 1, goldstein: 1 });
    assert.deepEqual(codebooks().cameo('0213'), { code: '0213', name: 'Appeal for judicial cooperation', nameSource: 'gdelt', root: '02', quad: 1, goldstein: 3.4 });
    assert.equal(codebooks().cameo('190')?.goldstein, -10);
    assert.equal(codebooks().cameo('190')?.quad, 4);
    assert.equal(codebooks().cameo('057')?.goldstein, 8);
    assert.equal(codebooks().cameo('112')?.quad, 3);
    assert.equal(codebooks().cameo('0874')?.goldstein, 10);
    assert.equal(codebooks().cameo('0874')?.quad, 2);
  });

  it('names 106 as the CAMEO manual does, not as GDELT\'s older table', () => {
    assert.equal(codebooks().cameo('106')?.name, 'Demand meeting, negotiation');
  });

  it('a code GDELT does not score takes its nearest scored ancestor (1213 → 121)', () => {
    assert.equal(codebooks().cameo('1213')?.goldstein, -4);
  });

  it('has every root and rejects what is no code', () => {
    for (let r = 1; r <= 20; r++) assert.ok(codebooks().cameo(String(r).padStart(2, '0')), `root ${r}`);
    assert.equal(codebooks().cameo('21'), undefined);
    assert.equal(codebooks().cameo('0999'), undefined);
    assert.equal(codebooks().cameo('abc'), undefined);
  });

  it('quad classes by root', () => {
    assert.deepEqual(['01', '05', '06', '08', '09', '13', '14', '20', '21', '00'].map(quadOfRoot), [1, 1, 2, 2, 3, 3, 4, 4, undefined, undefined]);
  });
});

describe('CAMEO → PLOVER', () => {
  it('040 → CONSULT, 041 → CONSULT mode phone, 042 → visit, 051 → SUPPORT diplomatic', () => {
    assert.deepEqual(codebooks().plover('040'), { type: 'CONSULT', mode: null, context: [], from: '040' });
    assert.equal(codebooks().plover('041')?.mode, 'phone');
    assert.equal(codebooks().plover('042')?.mode, 'visit');
    assert.deepEqual(codebooks().plover('051'), { type: 'SUPPORT', mode: null, context: ['diplomatic'], from: '051' });
  });

  it('keeps several contexts (091 → crime; corruption) and the table\'s own exceptions (1712 destroy property → ASSAULT)', () => {
    assert.deepEqual(codebooks().plover('091')?.context, ['crime', 'corruption']);
    assert.equal(codebooks().plover('1712')?.type, 'ASSAULT');
  });

  it('corrects the table where the manual disagrees: sanctions (163) are SANCTION discontinue, not COERCE', () => {
    assert.deepEqual(codebooks().plover('163'), { type: 'SANCTION', mode: 'discontinue', context: ['diplomatic'], from: '163' });
    assert.equal(codebooks().plover('1631')?.type, 'SANCTION');
  });

  it('inherits from the nearest listed ancestor for codes the table does not list', () => {
    assert.deepEqual(codebooks().plover('1952'), { ...codebooks().plover('195')!, from: '195' });
    assert.equal(codebooks().plover('0449')?.from, '044');
  });

  it('PLOVER drops CAMEO 01 and 02', () => {
    assert.equal(codebooks().plover('010'), undefined);
    assert.equal(codebooks().plover('0213'), undefined);
    assert.equal(codebooks().plover('21'), undefined);
  });

  it('lists the 16 PLOVER event types with their modes, and the general contexts', () => {
    const types = codebooks().ploverTypes.map((t) => t.name);
    assert.equal(types.length, 16);
    assert.ok(types.includes('CONSULT') && types.includes('ASSAULT'));
    assert.deepEqual(codebooks().ploverTypes.find((t) => t.name === 'CONSULT')?.modes.map((m) => m.name), ['visit', 'third-party', 'multilateral', 'phone']);
    const contexts = codebooks().ploverContexts.map((c) => c.name);
    assert.ok(contexts.includes('diplomatic') && contexts.includes('political_institutions'));
  });

  it('the loaded data is read-only', () => {
    assert.throws(() => { (codebooks().ploverTypes as unknown as { name: string }[]).push({ name: 'X' }); });
    assert.ok(Object.isFrozen(codebooks().cameo('040')));
  });
});
