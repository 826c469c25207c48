/**
 * Reads GDELT's two CAMEO lookup tables, committed in data/codebooks/gdelt:
 * CAMEO.goldsteinscale.txt (code → Goldstein score) and CAMEO.eventcodes.txt
 * (code → title). Both are tab-separated with a header line.
 */
import { readFileSync } from 'node:fs';

export interface GdeltTables {
  readonly goldstein: ReadonlyMap<string, number>;
  readonly names: ReadonlyMap<string, string>;
  readonly problems: readonly string[];
}

const EVENT_CODE = /^\d{2,4}$/;

function rows(path: string): { line: number; cells: string[] }[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).slice(1)
    .map((text, i) => ({ line: i + 2, cells: text.split('\t') }))
    .filter((r) => r.cells.join('').trim() !== '');
}

export function readGdeltTables(goldsteinPath: string, namesPath: string): GdeltTables {
  const problems: string[] = [];
  const goldstein = new Map<string, number>();
  for (const { line, cells: [code = '', score = ''] } of rows(goldsteinPath)) {
    const value = Number(score);
    if (!EVENT_CODE.test(code) || score.trim() === '' || !Number.isFinite(value)) problems.push(`goldstein line ${line}: "${code}\t${score}"`);
    else goldstein.set(code, value);
  }
  const names = new Map<string, string>();
  for (const { line, cells: [code = '', title = ''] } of rows(namesPath)) {
    if (/^[1-4]$/.test(code)) continue; // quad-class headings ("1 Verbal Cooperation")
    if (!EVENT_CODE.test(code)) {
      problems.push(`eventcodes line ${line}: "${code}"`);
      continue;
    }
    // One line of GDELT's file runs two entries together: "…engagement106:[-5.0] Demand withdrawal".
    const joined = title.search(/\d{3}:\[/);
    if (joined >= 0) problems.push(`eventcodes line ${line}: cut "${title.slice(joined)}" run into the title of ${code}`);
    names.set(code, (joined >= 0 ? title.slice(0, joined) : title).trim().replace(/ {2,}/g, ' '));
  }
  return { goldstein, names, problems };
}
