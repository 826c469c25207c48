import type { Holder, KbStats, SearchCandidate } from '../../kb/model.js';
import type { PersonReport } from '../../kb/knowledge-base.js';
import type { ImportReport } from '../../kb/importers/report.js';

/** Text renderings of the `attache kb` answers, for people at a terminal. */

function span(h: Pick<Holder, 'start' | 'end' | 'endInferred'>): string {
  const end = h.end ? `${h.end}${h.endInferred ? '*' : ''}` : '…';
  return `${h.start ?? '?'} – ${end}`;
}

/** "Minister for Foreign Affairs, JPN"; a post of unknown country (an imported position) alone. */
function where(h: Pick<Holder, 'post' | 'country'>): string {
  return h.country ? `${h.post}, ${h.country}` : h.post;
}

export function holderLine(h: Holder): string {
  return `${h.name}${h.wikidata ? ` (${h.wikidata})` : ''}  ${where(h)}  ${span(h)}  [${h.source}]`;
}

export function holdersText(holders: readonly Holder[], what: string): string {
  if (holders.length === 0) return `No holder of ${what} found.\n`;
  const note = holders.some((h) => h.endInferred) ? '\n* end inferred from the next holder\'s start\n' : '';
  return `${holders.map(holderLine).join('\n')}\n${note}`;
}

export function personText(r: PersonReport): string {
  const p = r.person;
  const lines = [`${p.name}  ${p.wikidata ?? p.id}`];
  const byLang = new Map<string, string[]>();
  for (const n of p.names) {
    const key = n.lang || '?';
    const list = byLang.get(key) ?? [];
    if (!list.includes(n.text)) list.push(n.text);
    byLang.set(key, list);
  }
  lines.push('Names:');
  for (const [lang, names] of byLang) lines.push(`  ${lang.padEnd(10)} ${names.join(' · ')}`);
  for (const rd of p.readings) {
    lines.push(`Readings of ${rd.native} (${rd.lang}): family ${rd.family} → ${rd.familyReadings.join(', ') || '—'}; given ${rd.given} → ${rd.givenReadings.join(', ') || '—'}`);
  }
  lines.push(r.offices.length ? 'Offices:' : 'Offices: none known');
  for (const o of r.offices) lines.push(`  ${where(o)}  ${span(o)}  [${o.source}]`);
  lines.push(`Sources: ${p.sources.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function searchText(cands: readonly SearchCandidate[]): string {
  if (cands.length === 0) return 'No candidates.\n';
  return `${cands
    .map((c) => {
      const office = c.offices[0] ? `  ${where(c.offices[0])} ${span(c.offices[0])}` : '';
      return `${c.score.toFixed(3)}  ${c.person.name} (${c.person.wikidata ?? c.person.id})  matched '${c.matched}' by ${c.matchKind}${office}`;
    })
    .join('\n')}\n`;
}

export function statsText(s: KbStats): string {
  const lines = [
    `persons ${s.persons}, posts ${s.posts}, occupancies ${s.occupancies}, countries ${s.countries} (${s.countriesWithHolders} with officeholders), actors ${s.actors}`,
    `countries with officeholders: ${s.countryCodes.join(' ')}`,
    `user KB: ${s.userLayer ?? 'none'}`,
    'source                              terms   latest date',
  ];
  for (const src of s.sources) lines.push(`${src.source.padEnd(34)} ${String(src.occupancies).padStart(7)}   ${src.latestDate ?? '—'}`);
  return `${lines.join('\n')}\n`;
}

export function importText(r: ImportReport, userKb: string): string {
  if (r.failed) return `Import of ${r.file} failed: ${r.failed}\nThe user KB (${userKb}) was left as it was.\n`;
  const parts = [`read ${r.read}`];
  if (r.format !== 'phoenix') parts.push(`persons ${r.persons}`, `terms ${r.occupancies}${r.statements !== r.occupancies ? ` (from ${r.statements} statements)` : ''}`, `new posts ${r.posts}`);
  else parts.push(`actors ${r.actors}`);
  parts.push(`skipped ${r.problems.length}`);
  return `Imported ${r.file} into ${userKb}: ${parts.join(', ')}\n`;
}
