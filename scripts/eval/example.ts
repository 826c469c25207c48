import { readFileSync } from 'node:fs';
import type { Analyzer } from '../../src/analyze.js';
import { sharedPath } from '../../src/util/paths.js';
import { prf, table } from './table.js';

interface Gold {
  date: string;
  not_body_text: { text: string; kind: string }[];
  dates: { surface: string; value?: string; value_between?: [string, string] }[];
}

const KIND: Record<string, string> = { 'photo caption': 'caption', 'page boilerplate': 'boilerplate' };

/** The reference article's non-body blocks and dates against its gold. */
export function evalExample(analyzer: Analyzer): string {
  const dir = sharedPath('fixtures', 'us-japan-2021-03-16');
  const gold = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Gold;
  const out = analyzer.analyze({ text: readFileSync(`${dir}/article.txt`, 'utf8'), origin: 'article.txt' }, { date: gold.date });
  const slice = (s: { start: number; end: number }) => out.text.slice(s.start, s.end);

  const predicted = out.blocks.filter((b) => b.kind !== 'body' && b.kind !== 'title').map((b) => `${b.kind}\u0000${slice(b)}`);
  const expected = gold.not_body_text.map((g) => `${KIND[g.kind] ?? g.kind}\u0000${g.text}`);
  const blocks = {
    tp: predicted.filter((p) => expected.includes(p)).length,
    fp: predicted.filter((p) => !expected.includes(p)).length,
    fn: expected.filter((e) => !predicted.includes(e)).length,
  };

  let found = 0;
  let resolved = 0;
  const dateRows: string[][] = [];
  for (const g of gold.dates) {
    const d = out.dates.find((x) => x.text.includes(g.surface) || g.surface.includes(x.text));
    const [start, end] = g.value_between ?? [g.value!, g.value!];
    const ok = d?.value?.start === start && d?.value?.end === end;
    if (d) found++;
    if (ok) resolved++;
    dateRows.push([g.surface, `${start}..${end}`, d?.value ? `${d.value.start}..${d.value.end}` : d ? 'unresolved' : 'not found', ok ? 'ok' : 'WRONG']);
  }
  const b = prf(blocks);
  const dateScore = prf({ tp: found, fp: Math.max(0, out.dates.length - found), fn: gold.dates.length - found });
  return [
    'Reference article us-japan-2021-03-16',
    table(
      ['measure', 'precision', 'recall', 'F1', 'gold'],
      [
        ['non-body blocks (kind + text)', b.precision, b.recall, b.f1, expected.length],
        ['date expressions found', dateScore.precision, dateScore.recall, dateScore.f1, gold.dates.length],
      ],
    ),
    `dates resolved to the gold value: ${resolved}/${gold.dates.length}`,
    table(['date', 'gold', 'attache', ''], dateRows),
  ].join('\n\n');
}
