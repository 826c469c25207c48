import type { ActorRecord, Row } from '../../store/index.js';

/** `attache actor --format text`: an actor's record for people at a terminal. */

/** Quotes and events the text shows, each; the JSON has the record's full lists. */
export const TEXT_ITEMS = 10;

const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

const cell = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v));

function quoteLine(q: Row): string[] {
  const cue = q.cue ? `  (${cell(q.cue)})` : '';
  return [`  ${cell(q.date) || '—'.padEnd(10)}  “${clip(cell(q.text), 110)}”${cue}`];
}

function eventLine(e: Row): string[] {
  const who = `${cell(e.source) || '?'} → ${cell(e.target) || '—'}`;
  const place = e.place ? `  in ${cell(e.place)}` : '';
  return [`  ${cell(e.date) || '—'.padEnd(10)}  ${cell(e.plover)} (${cell(e.cameo)})  ${who}${place}`, `              ${clip(cell(e.evidence), 110)}`];
}

function span(start: string | null, end: string | null): string {
  return `${start ?? '?'} – ${end ?? '…'}`;
}

export function actorText(r: ActorRecord): string {
  const c = r.counts;
  const lines = [
    [r.name ?? r.key, r.id, r.type, r.country].filter(Boolean).join('  '),
    `${c.articles} article${c.articles === 1 ? '' : 's'}${r.first ? ` (${span(r.first, r.last)})` : ''}, ${c.mentions} mentions, ${c.quotes} quotes, ${c.events} events`,
    '',
  ];
  const shown = r.names.slice(0, 12).map((n) => `${n.name} ×${n.count}`).join(', ');
  lines.push('As written in the articles:', `  ${shown || 'no name mentions'}${r.names.length > 12 ? `, and ${r.names.length - 12} more` : ''}`);
  if (r.kb) {
    lines.push('', r.kb.offices.length ? 'Offices (knowledge base):' : 'Offices (knowledge base): none known');
    for (const o of r.kb.offices) lines.push(`  ${o.post}, ${o.country}  ${span(o.start, o.end)}`);
  }
  const list = (title: string, rows: Row[], total: number, line: (r: Row) => string[]) => {
    if (total === 0) return;
    const n = Math.min(TEXT_ITEMS, rows.length);
    lines.push('', `${title} (${n === total ? `all ${total}` : `${n} of ${total}`}):`);
    for (const row of rows.slice(0, n)) lines.push(...line(row));
  };
  list('Latest quotes', r.quotes, c.quotes, quoteLine);
  list('Latest events', r.events, c.events, eventLine);
  if (c.quotes > TEXT_ITEMS || c.events > TEXT_ITEMS) {
    lines.push('', `All of them: attache query quotes --actor ${r.id}; attache query events --actor ${r.id}`);
  }
  return `${lines.join('\n')}\n`;
}
