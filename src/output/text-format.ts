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
  const persons = doc.entities.filter((e) => e.type === 'PERSON');
  const others = doc.entities.filter((e) => e.type !== 'PERSON');
  out.push('', c.bold(`People (${persons.length})`));
  for (const e of persons) {
    const office = e.offices[0] ? `${e.offices[0].post}, ${e.offices[0].country}` : (e.description ?? (e.wikidata ? '' : 'not in the knowledge base'));
    const surfaces = [...new Set(e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text))];
    const pronouns = e.mentions.filter((m) => m.kind === 'pronoun').length;
    out.push(`  ${c.cyan(e.name.padEnd(22))} ${c.dim((e.wikidata ?? '').padEnd(10))} ${(e.cameo ?? '').padEnd(10)} ${office}`);
    out.push(`  ${' '.repeat(22)} ${c.dim(`as ${surfaces.map((s) => `“${s}”`).join(', ')}${pronouns ? ` and ${pronouns} pronoun${pronouns > 1 ? 's' : ''}` : ''}`)}`);
  }
  if (others.length > 0) {
    out.push('', c.bold(`Organisations, places and groups (${others.length})`));
    for (const e of others) {
      const surfaces = [...new Set(e.mentions.map((m) => m.text))];
      out.push(`  ${c.dim(e.type.padEnd(6))} ${e.name.padEnd(30)} ${(e.cameo ?? '').padEnd(10)} ${c.dim(surfaces.slice(0, 4).map((s) => `“${s}”`).join(', '))}`);
    }
  }
  const checks = doc.entities.flatMap((e) => e.nameChecks);
  out.push('', c.bold(`Name checks (${checks.length})`));
  if (checks.length === 0) out.push(c.dim('  none: every name the record knows is right'));
  for (const ch of checks) {
    out.push(`  ${c.dim(lineCol(ch.wrongSpan.start).padEnd(6))} ${c.red(ch.surface)} → ${c.green(ch.right)} ${c.dim(`(${ch.kind})`)}`);
    out.push(`         ${c.dim(ch.why)}`);
  }
  out.push('', c.bold(`Quotes (${doc.quotes.length})`));
  if (doc.quotes.length === 0) out.push(c.dim('  none found'));
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, typeof doc.quotes[number][]>();
  for (const q of doc.quotes) {
    const key = q.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [speaker, quotes] of bySpeaker) {
    out.push(`  ${c.cyan(speaker ? (names.get(speaker) ?? speaker) : 'no speaker found')}`);
    for (const q of quotes) {
      const via = q.channel ? c.dim(` via ${names.get(q.channel) ?? q.channel}`) : '';
      const mark = q.kind === 'indirect' ? '(said that) ' : q.kind === 'partial' ? '(partial) ' : '';
      out.push(`    ${c.dim(lineCol(q.start).padEnd(6))} ${mark}“${clip(q.text, 90)}”${via}${q.repaired ? c.yellow(` [${q.repaired}]`) : ''}`);
    }
  }
  out.push('', c.bold(`Events (${doc.events.length})`));
  if (doc.events.length === 0) out.push(c.dim('  none found'));
  const side = (ids: readonly string[], code: string | null) => `${ids.map((id) => names.get(id) ?? id).join(' & ')} ${c.dim(`(${code ?? '?'})`)}`;
  for (const ev of doc.events) {
    const mode = ev.plover.mode ? `/${ev.plover.mode}` : '';
    const when = ev.date ? `${ev.date.start === ev.date.end ? ev.date.start : `${ev.date.start} .. ${ev.date.end}`} ${c.dim(`(${ev.date.from}, ${ev.date.precision})`)}` : c.dim('no date');
    const where = ev.place ? ` in ${ev.place.name}${ev.place.country ? c.dim(` (${ev.place.country})`) : ''}` : '';
    const modality = ev.modality === 'asserted' ? '' : ` ${c.yellow(`[${ev.modality}]`)}`;
    out.push(`  ${c.dim(lineCol(ev.evidence.start).padEnd(6))} ${c.magenta(`${ev.plover.type}${mode}`)} ${c.dim(`CAMEO ${ev.cameo.code}`)}${modality} ${c.dim(`confidence ${ev.confidence}`)}`);
    out.push(`         ${side(ev.source, ev.cameo.source)} → ${side(ev.target, ev.cameo.target)}, ${when}${where}`);
    out.push(`         ${c.dim(`“${clip(ev.evidence.text, 90)}”`)}`);
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
