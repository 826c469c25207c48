import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFixture, sharedAnalyzer } from '../helpers.js';

// The reference article through the whole pipeline: speakers come from the real actors stage, not hand-made mentions.
const gold = JSON.parse(readFixture('us-japan-2021-03-16', 'expected.json')) as {
  date: string;
  quotes: { speaker: string; contains: string[] }[];
  indirect_speech: { speaker: string; contains: string }[];
};
const out = sharedAnalyzer().analyze({ text: readFixture('us-japan-2021-03-16', 'article.txt') }, { date: gold.date });
const nameOf = new Map(out.entities.map((e) => [e.id, e.name]));

describe('quotes in the reference article, whole pipeline', () => {
  for (const g of gold.quotes) {
    it(`${g.speaker}: every gold passage is quoted and attributed to them`, () => {
      for (const passage of g.contains) {
        const q = out.quotes.find((x) => x.kind !== 'indirect' && x.text.includes(passage));
        assert.ok(q, `a quote contains '${passage}'`);
        assert.equal(nameOf.get(q.speaker ?? ''), g.speaker, passage);
      }
    });
  }
  it("Blinken's indirect speech", () => {
    for (const g of gold.indirect_speech) {
      const q = out.quotes.find((x) => x.kind === 'indirect' && x.text.includes(g.contains));
      assert.ok(q);
      assert.equal(nameOf.get(q.speaker ?? ''), g.speaker);
    }
  });
  it('Austin speaks through the Pentagon', () => {
    const q = out.quotes.find((x) => x.text.includes('our main threat'))!;
    assert.equal(nameOf.get(q.channel ?? ''), 'Pentagon');
  });
  it('repaired quotes stay inside their paragraph', () => {
    for (const q of out.quotes.filter((x) => x.repaired)) {
      const block = out.blocks.find((b) => b.start <= q.start && q.start < b.end)!;
      assert.ok(q.end <= block.end, `${q.repaired}: ends inside its paragraph`);
    }
  });
});
