/**
 * Checks data/codebooks/event-nouns.tsv against the verb dictionary: every
 * code is a CAMEO code, and a basis citing "CAMEO.2.0.txt:LINE" points at a
 * line whose code is the row's.
 */
import { readFileSync } from 'node:fs';
import { parseEventNouns } from '../../src/codebooks/event-nouns.js';

export function checkEventNouns(path: string, dictionaryText: string, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const lines = dictionaryText.split(/\r?\n/);
  for (const e of parseEventNouns(readFileSync(path, 'utf8'))) {
    if (!known.has(e.code)) problems.push(`event-nouns.tsv line ${e.line}: ${e.code} is no CAMEO code`);
    const cited = /^CAMEO\.2\.0\.txt:(\d+)/.exec(e.basis);
    if (!cited) continue;
    const text = lines[Number(cited[1]) - 1] ?? '';
    const code = /\[(\d{2,4})(?::\d*)?\]/.exec(text)?.[1];
    if (code !== e.code) problems.push(`event-nouns.tsv line ${e.line}: ${e.noun} ${e.code}, but CAMEO.2.0.txt:${cited[1]} has [${code ?? 'no code'}]: ${text.trim()}`);
  }
  return problems;
}
