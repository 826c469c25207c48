import type { AnalysisDocument, ErrorRecord } from './document.js';
import type { Palette } from './colour.js';

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Line and column (1-based) of offsets, for people who open the file in an editor; one pass over the text. */
function lineColumns(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}

/** A readable summary of one analysis for a person at a terminal. */
export function formatDocument(doc: AnalysisDocument, c: Palette): string {
  const out: string[] = [];
  const lineCol = lineColumns(doc.text);
  out.push(c.bold(doc.title ?? '(untitled)'));
  const date = doc.date ? `${doc.date} ${c.dim(`(from ${doc.dateSource})`)}` : c.yellow('unknown — pass --date YYYY-MM-DD');
  out.push(`${c.dim('id')}   ${doc.id}`);
  out.push(`${c.dim('date')} ${date}`);
  if (doc.url) out.push(`${c.dim('url')}  ${doc.url}`);
  if (doc.byline) out.push(`${c.dim('by')}   ${doc.byline}`);
  const body = doc.blocks.filter((b) => b.kind === 'body');
  out.push(
    `${c.dim('text')} ${doc.text.length} characters, ${doc.blocks.length} blocks (${body.length} body), ${doc.sentences.length} sentences`,
  );
  out.push('');

  out.push(c.bold('Blocks'));
  for (const b of doc.blocks) {
    const kind = b.kind === 'body' ? c.green(b.kind.padEnd(11)) : b.kind === 'title' ? c.cyan(b.kind.padEnd(11)) : c.yellow(b.kind.padEnd(11));
    out.push(`  ${c.dim(lineCol(b.start).padEnd(6))} ${kind} ${clip(doc.text.slice(b.start, b.end), 72)} ${c.dim(`[${b.reason}]`)}`);
  }
  out.push('');

  out.push(c.bold(`Dates (${doc.dates.length})`));
  if (doc.dates.length === 0) out.push(c.dim('  none found'));
  for (const d of doc.dates) {
    const value = d.value ? (d.value.start === d.value.end ? d.value.start : `${d.value.start} .. ${d.value.end}`) : c.yellow('unresolved');
    out.push(`  ${c.dim(lineCol(d.start).padEnd(6))} ${c.magenta(clip(d.text, 30).padEnd(30))} → ${value} ${c.dim(`(${d.precision})`)}`);
  }
  for (const [name, list] of [['Entities', doc.entities], ['Quotes', doc.quotes], ['Events', doc.events]] as const) {
    if (list.length > 0) out.push('', c.bold(`${name} (${list.length})`));
  }
  if (doc.warnings.length > 0) {
    out.push('', c.bold('Warnings'));
    for (const w of doc.warnings) out.push(`  ${c.yellow('!')} ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}

export function formatError(err: ErrorRecord, c: Palette): string {
  const where = err.line !== undefined ? `line ${err.line}` : (err.origin ?? '');
  return `${c.red('error')} ${where}${err.id ? ` (id ${err.id})` : ''}: ${err.error} ${c.dim(`[${err.code}]`)}\n`;
}
