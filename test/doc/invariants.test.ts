import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import { checkBounds, checkDoc, checkLayer, checkNoOverlap, checkTexts, layerHolds } from '../../src/doc/invariants.js';
import type { DocMeta } from '../../src/doc/meta.js';

const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };
const a = (start: number, end: number, extra: object = {}) => ({ start, end, stage: 's', rule: 'r', ...extra });

describe('offset invariants', () => {
  it('accepts annotations inside the text and rejects those outside', () => {
    assert.deepEqual(checkBounds('x', [a(0, 5), a(5, 5)], 5), []);
    assert.equal(checkBounds('x', [a(-1, 2)], 5).length, 1);
    assert.equal(checkBounds('x', [a(3, 2)], 5).length, 1);
    assert.equal(checkBounds('x', [a(0, 6)], 5).length, 1);
    assert.equal(checkBounds('x', [a(0.5, 2)], 5).length, 1);
  });
  it('requires an annotation text to equal its slice', () => {
    assert.deepEqual(checkTexts('x', [a(0, 5, { text: 'Hello' })], 'Hello world'), []);
    assert.equal(checkTexts('x', [a(0, 5, { text: 'hello' })], 'Hello world').length, 1);
  });
  it('finds overlaps in exclusive layers', () => {
    assert.deepEqual(checkNoOverlap('x', [a(0, 2), a(2, 4)]), []);
    assert.equal(checkNoOverlap('x', [a(0, 3), a(2, 4)]).length, 1);
  });
  it('layerHolds, the runner’s one-pass test, agrees with checkLayer', () => {
    const text = 'Hello world';
    const layers: [Parameters<typeof layerHolds>[0], ReturnType<typeof a>[]][] = [
      ['tokens', [a(0, 5), a(6, 11)]], ['tokens', [a(0, 5), a(4, 11)]], ['mentions', [a(0, 5), a(4, 11)]], ['tokens', [a(0, 12)]],
      ['tokens', [a(-1, 2)]], ['tokens', [a(3, 2)]], ['tokens', [a(0.5, 2)]], ['tokens', [a(Number.NaN, 2)]], ['tokens', []],
      ['mentions', [a(0, 5, { text: 'Hello' }), a(6, 11, { text: 'world' })]], ['mentions', [a(0, 5, { text: 'hello' })]],
      ['mentions', [a(0, 5, { text: 'Hell' })]], ['quotes', [a(6, 11, { text: 'world' }), a(0, 5)]],
    ];
    for (const [name, items] of layers) assert.equal(layerHolds(name, items, text), checkLayer(name, items, text).length === 0, JSON.stringify(items));
  });
  it('checks every layer of a doc', () => {
    const doc = new Doc('Hello world', meta).with({ tokens: [{ ...a(0, 5), pos: 'INTJ', type: 'word' }, { ...a(4, 11), pos: 'NOUN', type: 'word' }] }, {});
    assert.equal(checkDoc(doc).length, 1);
  });
});

describe('Doc', () => {
  it('is immutable: with() returns a new Doc and leaves the old one alone', () => {
    const doc = new Doc('Hi', meta);
    const next = doc.with({ sentences: [{ ...a(0, 2), block: 0 }] }, {});
    assert.equal(doc.has('sentences'), false);
    assert.equal(next.has('sentences'), true);
    assert.throws(() => doc.layer('sentences'), /not been computed/);
    assert.throws(() => (next.layer('sentences') as unknown as unknown[]).push(1));
  });
});
