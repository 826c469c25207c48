import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datesStage } from '../../src/dates/stage.js';
import type { ArticleDate } from '../../src/doc/attributes.js';
import { Doc } from '../../src/doc/doc.js';
import type { Block, BlockKind, Sentence } from '../../src/doc/layers.js';
import type { DocMeta } from '../../src/doc/meta.js';
import type { StageContext } from '../../src/pipeline/stage.js';

const meta: DocMeta = {
  id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null,
  origin: 't', format: 'text', hints: [],
};

/** A Doc with one block and one sentence per line. */
function doc(lines: [BlockKind, string][], articleDate: ArticleDate | null): Doc {
  const text = lines.map(([, l]) => l).join('\n');
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let p = 0;
  lines.forEach(([kind, line], i) => {
    blocks.push({ start: p, end: p + line.length, kind, stage: 'test', rule: 'test' });
    sentences.push({ start: p, end: p + line.length, block: i, stage: 'test', rule: 'test' });
    p += line.length + 1;
  });
  return new Doc(text, meta, { blocks, sentences }, { articleDate });
}

const ctx = {} as StageContext;

describe('datesStage', () => {
  it('declares what it needs and adds', () => {
    assert.equal(datesStage.name, 'dates');
    assert.deepEqual([...datesStage.requires], ['blocks', 'sentences', 'articleDate']);
    assert.deepEqual([...datesStage.adds], ['dates']);
  });
  it('scans every block but boilerplate, captions included, against the article date', () => {
    const d = doc(
      [
        ['title', 'Talks on March 16, 2021'],
        ['caption', 'Foreign Minister (Reuters file photo, Jan. 8, 2021)'],
        ['body', 'They will meet later this week.'],
        ['boilerplate', 'Posted yesterday · Share'],
      ],
      { value: '2021-03-16', source: 'option' },
    );
    const out = datesStage.run(d, ctx);
    const found = out.layers?.dates ?? [];
    assert.deepEqual(
      found.map((m) => [m.text, m.value?.start, m.value?.end, m.precision]),
      [
        ['March 16, 2021', '2021-03-16', '2021-03-16', 'day'],
        ['Jan. 8, 2021', '2021-01-08', '2021-01-08', 'day'],
        ['later this week', '2021-03-17', '2021-03-21', 'span'],
      ],
    );
    for (const m of found) assert.equal(d.text.slice(m.start, m.end), m.text);
  });
  it('without an article date, relative dates have no value', () => {
    const out = datesStage.run(doc([['body', 'It happened yesterday, on March 16, 2021.']], null), ctx);
    assert.deepEqual(
      (out.layers?.dates ?? []).map((m) => [m.text, m.value]),
      [
        ['yesterday', null],
        ['March 16, 2021', { start: '2021-03-16', end: '2021-03-16' }],
      ],
    );
  });
});
