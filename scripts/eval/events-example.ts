import { readFileSync } from 'node:fs';
import type { Analyzer } from '../../src/analyze.js';
import type { EntityOutput } from '../../src/output/document.js';
import { packageRoot, sharedPath } from '../../src/util/paths.js';
import { fold } from './counterparts.js';
import { eventsOf, EventsSeen, matchOneToOne, missingInput, normCode, sideCountries, type EventOutput } from './events.js';
import { table } from './table.js';

export interface GoldPerson {
  readonly name: string;
  readonly wikidata: string | null;
}

export interface GoldEvent {
  readonly what: string;
  readonly plover: string;
  readonly cameo?: string;
  /** One root or several: "04 or 036". */
  readonly cameo_root?: string;
  readonly participants?: readonly string[];
  readonly source?: string;
  readonly target_country?: string;
  readonly date?: string;
  readonly date_between?: readonly [string, string];
  readonly place?: string;
  readonly modality?: string;
}

/** Ids of the entities that are the gold person: the same Wikidata id, or the same name (accents and case aside). */
export function personEntities(person: GoldPerson, entities: readonly EntityOutput[]): Set<string> {
  return new Set(entities.filter((e) => (person.wikidata !== null && e.wikidata === person.wikidata) || fold(e.name) === fold(person.name)).map((e) => e.id));
}

/**
 * How well a predicted event fits a gold event, or null when it cannot be it: the PLOVER type must agree,
 * and either the gold's source must be among the event's sources, or at least two of the gold's
 * participants (all of them when fewer) among its sources and targets. More participants score higher.
 */
export function exampleFit(g: GoldEvent, e: EventOutput, who: (name: string) => Set<string>): number | null {
  if (e.plover.type !== g.plover) return null;
  const has = (ids: readonly string[], name: string) => ids.some((id) => who(name).has(id));
  if (g.source !== undefined) return has(e.source, g.source) ? 1 : null;
  const all = [...e.source, ...e.target];
  const present = (g.participants ?? []).filter((p) => has(all, p)).length;
  return present >= Math.min(2, g.participants?.length ?? 0) && present > 0 ? present : null;
}

/** The CAMEO code agrees: the gold's exact code, or one of its roots as a prefix. */
export function cameoAgrees(g: GoldEvent, code: string): boolean | null {
  if (g.cameo !== undefined) return code === g.cameo;
  if (g.cameo_root !== undefined) return g.cameo_root.split(/\s+or\s+/).some((r) => r !== '' && code.startsWith(r));
  return null;
}

/** The date agrees: the gold's day exactly, or a range within the gold's bounds. */
export function dateAgrees(g: GoldEvent, d: EventOutput['date']): boolean | null {
  const [lo, hi] = g.date_between ?? (g.date !== undefined ? [g.date, g.date] : [undefined, undefined]);
  if (lo === undefined || hi === undefined) return null;
  if (!d?.start || !d.end) return false;
  return g.date !== undefined ? d.start === lo && d.end === hi : d.start >= lo && d.end <= hi;
}

const cell = (x: boolean | null) => (x === null ? '-' : x ? 'yes' : 'NO');

/** The reference article's seven gold events: found or not, and which of their fields agree. */
export function evalEventsExample(analyzer: Analyzer): string {
  const path = sharedPath('fixtures', 'us-japan-2021-03-16', 'expected.json');
  const skip = missingInput(path);
  if (skip) return skip;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { date: string; persons: GoldPerson[]; events: GoldEvent[] };
  const text = readFileSync(`${packageRoot()}/examples/us-japan-2021-03-16.txt`, 'utf8');
  const out = analyzer.analyze({ text, origin: 'examples/us-japan-2021-03-16.txt' }, { date: '2021-03-16' });
  const seen = new EventsSeen();
  const events = eventsOf(out, seen);
  const persons = new Map(gold.persons.map((p) => [p.name, personEntities(p, out.entities)]));
  const who = (name: string) => persons.get(name) ?? new Set<string>();
  const m = matchOneToOne(gold.events, events, (g, e) => exampleFit(g, e, who));
  const matchOf = new Map(m.pairs.map(([i, j]) => [i, events[j]!]));
  const rows = gold.events.map((g, i) => {
    const e = matchOf.get(i);
    if (!e) return [g.what, g.plover, 'NO', '', '', '', '', '', ''];
    const all = [...e.source, ...e.target];
    const actorsCell = g.source !== undefined ? 'source' : `${(g.participants ?? []).filter((p) => all.some((id) => who(p).has(id))).length}/${g.participants?.length ?? 0}`;
    const place = g.place === undefined ? null : e.place !== null && (fold(e.place.name).includes(fold(g.place)) || fold(g.place).includes(fold(e.place.name)));
    return [
      g.what, g.plover, 'yes', actorsCell,
      cell(cameoAgrees(g, normCode(e.cameo.code))),
      cell(g.target_country === undefined ? null : sideCountries(out.entities, e, 'target').has(g.target_country)),
      cell(dateAgrees(g, e.date)), cell(place), cell(g.modality === undefined ? null : e.modality === g.modality),
    ];
  });
  const unlinked = gold.persons.filter((p) => who(p.name).size === 0).map((p) => p.name);
  const extras = m.unmatchedPredicted.map((j) => events[j]!);
  const show = (e: EventOutput) => {
    const names = (ids: readonly string[]) => ids.map((id) => out.entities.find((x) => x.id === id)?.name ?? id).join(' + ') || '?';
    return `${e.plover.type} ${e.cameo.code} ${names(e.source)} → ${names(e.target)} (${e.modality}, ${e.confidence.toFixed(2)}): "${e.evidence.text.slice(0, 70)}"`;
  };
  return [
    `What: the ${gold.events.length} gold events of examples/us-japan-2021-03-16.txt (analysed on 2021-03-16). A predicted event is a gold event when its PLOVER type is the gold's and either the gold's source is among its sources, or at least two of the gold's participants are among its sources and targets; persons are the entities with the gold person's Wikidata id or name. Matched one to one (most participants first). For each found event: participants present, CAMEO code (exact, or the root as a prefix; "04 or 036" takes either), target country among the target side's countries, date (the gold day exactly, or a range within the gold's bounds), place (names contain one another) and modality. Extra = predicted events matching no gold event.`,
    seen.note(),
    table(['gold event', 'PLOVER', 'found', 'actors', 'CAMEO', 'target', 'date', 'place', 'modality'], rows),
    `Found: ${m.pairs.length}/${gold.events.length}. Extra predicted events: ${extras.length} (of ${events.length}).${unlinked.length > 0 ? ` Gold persons with no entity of their name or Wikidata id (their events cannot match): ${unlinked.join(', ')}.` : ''}`,
    `Extra events (${extras.length}; first 8):`,
    extras.slice(0, 8).map((e) => `  ${show(e)}`).join('\n') || '  none',
  ].join('\n\n');
}
