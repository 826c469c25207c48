import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { DocMeta } from '../../src/doc/meta.js';
import { DEFAULT_STAGES } from '../../src/pipeline/stages.js';
import { Pipeline, checkPipeline } from '../../src/pipeline/runner.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { sharedAnalyzer } from '../helpers.js';

const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };
const resources = () => ({ resources: sharedAnalyzer().resources });

const blocks = (out: Stage['run']): Stage => ({ name: 'b', description: '', requires: [], adds: ['blocks'], run: out });

describe('pipeline declaration', () => {
  it('the default pipeline is valid', () => {
    assert.deepEqual(checkPipeline(DEFAULT_STAGES), { ok: true, problems: [] });
  });
  it('reports a stage whose requirement no earlier stage adds', () => {
    const reordered = [...DEFAULT_STAGES].reverse();
    const check = checkPipeline(reordered);
    assert.equal(check.ok, false);
    assert.match(check.problems.join('\n'), /requires 'blocks', which no earlier stage adds/);
  });
  it('reports a layer added twice and a stage declared twice', () => {
    const s = DEFAULT_STAGES[0]!;
    const check = checkPipeline([s, s]);
    assert.match(check.problems.join('\n'), /declared twice/);
    assert.match(check.problems.join('\n'), /already added/);
  });
  it('refuses to build an invalid pipeline', () => {
    assert.throws(() => new Pipeline([...DEFAULT_STAGES].reverse(), resources()), /invalid pipeline/);
  });
});

describe('runner', () => {
  it('stamps the stage name on what it writes and freezes it', () => {
    const p = new Pipeline([blocks(() => ({ layers: { blocks: [{ start: 0, end: 2, kind: 'body', rule: 'r' }] } }))], resources());
    const doc = p.run(new Doc('Hi', meta));
    assert.equal(doc.layer('blocks')[0]!.stage, 'b');
    assert.ok(Object.isFrozen(doc.layer('blocks')));
  });
  it('rejects out-of-bounds and overlapping annotations', () => {
    const bad = new Pipeline([blocks(() => ({ layers: { blocks: [{ start: 0, end: 9, kind: 'body', rule: 'r' }] } }))], resources());
    assert.throws(() => bad.run(new Doc('Hi', meta)), /out of bounds/);
    const overlap = new Pipeline(
      [blocks(() => ({ layers: { blocks: [{ start: 0, end: 2, kind: 'body', rule: 'r' }, { start: 1, end: 2, kind: 'body', rule: 'r' }] } }))],
      resources(),
    );
    assert.throws(() => overlap.run(new Doc('Hi', meta)), /overlaps/);
  });
  it('rejects a layer the stage did not declare, and a declared layer it did not add', () => {
    const sneaky = new Pipeline([blocks(() => ({ layers: { blocks: [], sentences: [] } }))], resources());
    assert.throws(() => sneaky.run(new Doc('Hi', meta)), /does not declare/);
    const lazy = new Pipeline([blocks(() => ({}))], resources());
    assert.throws(() => lazy.run(new Doc('Hi', meta)), /did not add 'blocks'/);
  });
});
