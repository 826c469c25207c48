import type { Writable } from 'node:stream';
import { csvCell } from '../../store/export/csv.js';
import { write } from '../io.js';

export { csvCell };

type Row = Record<string, string | number | null>;

/** Writes rows as they come: CSV (header from the first row), a JSON array, or a table for people. Returns the count. */
export async function writeRows(out: Writable, rows: Iterable<Row>, format: 'table' | 'json' | 'csv'): Promise<number> {
  let n = 0;
  if (format === 'table') {
    // A table needs its widths, so it holds the rows: --limit keeps that small.
    const all = [...rows];
    if (all.length === 0) return 0;
    const cols = Object.keys(all[0]!);
    const cell = (v: string | number | null) => {
      const s = v === null ? '' : String(v).replace(/\s+/g, ' ');
      return s.length > 48 ? `${s.slice(0, 47)}…` : s;
    };
    const widths = cols.map((c) => Math.max(c.length, ...all.map((r) => cell(r[c] ?? null).length)));
    const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
    await write(out, `${line(cols)}\n${all.map((r) => line(cols.map((c) => cell(r[c] ?? null)))).join('\n')}\n`);
    return all.length;
  }
  for (const r of rows) {
    if (format === 'csv') {
      if (n === 0) await write(out, `${Object.keys(r).map(csvCell).join(',')}\n`);
      await write(out, `${Object.values(r).map(csvCell).join(',')}\n`);
    } else {
      await write(out, `${n === 0 ? '[' : ','}\n${JSON.stringify(r)}`);
    }
    n++;
  }
  if (format === 'json') await write(out, n === 0 ? '[]\n' : '\n]\n');
  return n;
}
