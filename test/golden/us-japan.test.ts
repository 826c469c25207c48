import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDoc } from '../../src/doc/invariants.js';
import { analysisValidator } from '../../src/output/validate.js';
import { fixturePath, readFixture, sharedAnalyzer } from '../helpers.js';

interface Gold {
  not_body_text: { text: string; kind: string }[];
  dates: { surface: string; value?: string; value_between?: [string, string] }[];
}

const gold = JSON.parse(readFixture('us-japan-2021-03-16', 'expected.json')) as Gold;
const input = { text: readFixture('us-japan-2021-03-16', 'article.txt'), origin: 'article.txt' };
const KIND: Record<string, string> = { 'photo caption': 'caption', 'page boilerplate': 'boilerplate' };

describe('the reference article (us-japan-2021-03-16)', () => {
  const analyzer = sharedAnalyzer();
  const out = analyzer.analyze(input, { date: '2021-03-16' });
  const slice = (s: { start: number; end: number }) => out.text.slice(s.start, s.end);

  it('validates against the schema and keeps every offset invariant', () => {
    const v = analysisValidator()(out);
    assert.ok(v.valid, v.errors.join('\n'));
    assert.deepEqual(checkDoc(analyzer.analyzeDoc(input, { date: '2021-03-16' }).doc), []);
  });

  it('finds both captions and "Recent Comments" as not body, and nothing else', () => {
    const notBody = out.blocks.filter((b) => b.kind !== 'body').map((b) => ({ text: slice(b), kind: b.kind }));
    assert.deepEqual(notBody, gold.not_body_text.map((g) => ({ text: g.text, kind: KIND[g.kind] })));
  });

  it('resolves the five dates of the gold', () => {
    for (const g of gold.dates) {
      const found = out.dates.find((d) => d.text.includes(g.surface) || g.surface.includes(d.text));
      assert.ok(found, `date '${g.surface}' not found in ${JSON.stringify(out.dates.map((d) => d.text))}`);
      const [start, end] = g.value_between ?? [g.value!, g.value!];
      assert.deepEqual(found.value, { start, end }, g.surface);
    }
  });

  it('matches the golden file (blocks, sentences, dates)', () => {
    // Regenerate with UPDATE_GOLDEN=1 after checking the differences by hand.
    const path = fixturePath('us-japan-2021-03-16', 'analysis.golden.json');
    const actual = {
      blocks: out.blocks.map((b) => ({ kind: b.kind, reason: b.reason, text: slice(b) })),
      sentences: out.sentences.map(slice),
      dates: out.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision })),
    };
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    assert.ok(existsSync(path), `golden file ${path} is missing (UPDATE_GOLDEN=1 writes it)`);
    assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
  });
});
