import type { AnalysisDocument, NameCheckOutput } from './document.js';
import type { Palette } from './colour.js';

export interface CheckReport {
  readonly file: string;
  readonly id: string;
  readonly line: number;
  readonly column: number;
  readonly entity: string;
  readonly entityName: string;
  readonly wikidata: string | null;
  readonly sentence: string;
  readonly check: NameCheckOutput;
}

/** Every name check of an analysis, with where it stands (1-based line and column) and its sentence. */
export function checkReports(doc: AnalysisDocument, file: string): CheckReport[] {
  const lineStarts = [0];
  for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const out: CheckReport[] = [];
  for (const e of doc.entities) {
    for (const check of e.nameChecks) {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= check.wrongSpan.start) line++;
      const s = doc.sentences.find((x) => x.start <= check.start && check.end <= x.end) ?? { start: check.start, end: check.end };
      out.push({
        file, id: doc.id, line: line + 1, column: check.wrongSpan.start - lineStarts[line]! + 1, entity: e.id, entityName: e.name,
        wikidata: e.wikidata, sentence: doc.text.slice(s.start, s.end), check,
      });
    }
  }
  return out.sort((a, b) => a.check.start - b.check.start);
}

/** For an editor: where, the sentence with the wrong part marked, the right name and why. */
export function formatChecks(reports: readonly CheckReport[], doc: AnalysisDocument, c: Palette): string {
  if (reports.length === 0) return `${c.green('no name checks')}: every name the record knows is right\n`;
  const lines: string[] = [];
  for (const r of reports) {
    const ch = r.check;
    const sentenceStart = doc.text.indexOf(r.sentence, Math.max(0, ch.start - r.sentence.length));
    const rel = ch.wrongSpan.start - sentenceStart;
    const marked =
      rel >= 0 && rel < r.sentence.length
        ? `${r.sentence.slice(0, rel)}${c.red(c.bold(`[${ch.wrong}]`))}${r.sentence.slice(rel + ch.wrong.length)}`
        : r.sentence;
    lines.push(`${c.bold(`${r.file}:${r.line}:${r.column}`)}  ${c.red(ch.wrong)} → ${c.green(ch.right)}  ${c.dim(`${ch.kind}, confidence ${ch.confidence}`)}`);
    lines.push(`  ${marked.replace(/\s+/g, ' ')}`);
    lines.push(`  ${c.dim('why:')} ${ch.why}`);
    lines.push(`  ${c.dim('record:')} ${r.entityName}${r.wikidata ? ` (${r.wikidata})` : ''}${ch.evidence.source ? `, source ${ch.evidence.source}` : ''}`);
    lines.push('');
  }
  lines.push(`${reports.length} name check${reports.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
