import type { Analyzer } from '../../src/analyze.js';
import { sharedPath } from '../../src/util/paths.js';
import { clip, missLimit, countryOfCode, eventsOf, EventsSeen, missingInput, mostConfident, pct, ploverFrom05, ratio, readJsonl, sideCountries, type EventOutput } from './events.js';
import { table } from './table.js';

interface GoldActor {
  readonly actorText: string;
  readonly code: string;
}

interface GoldSentence {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly event: string;
  /** A list of actors, or '' (or absent) when the gold codes none. */
  readonly source?: readonly GoldActor[] | '';
  readonly target?: readonly GoldActor[] | '';
}

/** Country codes the gold writes otherwise than ISO 3166 alpha-3 (and CAMEO) do. */
const GOLD_COUNTRY: Readonly<Record<string, string>> = { JAP: 'JPN' };

/** A gold actor's country as compared: the first three letters of its code, ISO-corrected. */
export function goldCountry(code: string): string {
  const c = countryOfCode(code);
  return GOLD_COUNTRY[c] ?? c;
}

const actors = (x: readonly GoldActor[] | '' | undefined): readonly GoldActor[] => (Array.isArray(x) ? x : []);

/**
 * The event a sentence's actors are scored on: the most confident event of the gold type, else the most
 * confident event (its actors are still worth scoring when the type is wrong).
 */
export function scoredEvent(events: readonly EventOutput[], type: string): EventOutput | null {
  return mostConfident(events.filter((e) => e.plover.type === type)) ?? mostConfident(events);
}

interface Row {
  readonly g: GoldSentence;
  readonly type: string;
  readonly mode: string | null;
  readonly events: EventOutput[];
  readonly top: EventOutput | null;
  readonly anyOk: boolean;
  readonly actorsRight: number;
  readonly actorsAll: number;
  readonly sourcesRight: number;
  readonly targetsRight: number;
  readonly misses: string[];
}

/** PLOVER gold sentences (CAMEO manual examples): event type of the top and of any event, actors' countries, extra events. */
export function evalEventsPlover(analyzer: Analyzer): string {
  const path = sharedPath('eval', 'plover-gsr', 'dev.jsonl');
  const skip = missingInput(path);
  if (skip) return skip;
  const gold = readJsonl<GoldSentence>(path);
  const seen = new EventsSeen();
  const limit = missLimit();
  const shown = limit === Number.POSITIVE_INFINITY ? 'all' : `first ${limit}`;
  const rows: Row[] = gold.map((g) => {
    const out = analyzer.analyze({ id: g.id, text: g.text, origin: `plover:${g.id}` }, { date: g.date });
    const events = eventsOf(out, seen);
    const { type, mode } = ploverFrom05(g.event);
    const scored = scoredEvent(events, type);
    const sources = actors(g.source);
    const targets = actors(g.target);
    const predictedSource = scored ? sideCountries(out.entities, scored, 'source') : new Set<string>();
    const predictedTarget = scored ? sideCountries(out.entities, scored, 'target') : new Set<string>();
    // With no gold target ("Jordan and Britain agreed …") the gold lists every party as a source: either side counts.
    const either = new Set([...predictedSource, ...predictedTarget]);
    const misses: string[] = [];
    const right = (a: GoldActor, side: Set<string>, role: string) => {
      const ok = side.has(goldCountry(a.code));
      if (!ok) misses.push(`${role} "${a.actorText}" ${goldCountry(a.code)} → ${[...side].join('/') || 'none'}`);
      return ok;
    };
    const sourcesRight = sources.filter((a) => right(a, targets.length === 0 ? either : predictedSource, 'source')).length;
    const targetsRight = targets.filter((a) => right(a, predictedTarget, 'target')).length;
    return {
      g, type, mode, events, top: mostConfident(events), anyOk: events.some((e) => e.plover.type === type),
      actorsRight: sourcesRight + targetsRight, actorsAll: sources.length + targets.length, sourcesRight, targetsRight, misses,
    };
  });
  const n = rows.length;
  const topOk = rows.filter((r) => r.top?.plover.type === r.type).length;
  const anyOk = rows.filter((r) => r.anyOk).length;
  const withEvents = rows.filter((r) => r.events.length > 0).length;
  const extra = rows.reduce((a, r) => a + r.events.length - (r.anyOk ? 1 : 0), 0);
  const goldSources = rows.reduce((a, r) => a + actors(r.g.source).length, 0);
  const goldTargets = rows.reduce((a, r) => a + actors(r.g.target).length, 0);
  const sourcesRight = rows.reduce((a, r) => a + r.sourcesRight, 0);
  const targetsRight = rows.reduce((a, r) => a + r.targetsRight, 0);
  const moded = rows.filter((r) => r.mode !== null);
  const modeOk = moded.filter((r) => r.events.some((e) => e.plover.type === r.type && e.plover.mode === r.mode)).length;

  const types = [...new Set(rows.map((r) => r.type))].sort();
  const typeRows = types.map((t) => {
    const xs = rows.filter((r) => r.type === t);
    const top = xs.filter((r) => r.top?.plover.type === t).length;
    const any = xs.filter((r) => r.anyOk).length;
    const said = rows.filter((r) => r.top?.plover.type === t).length;
    return [t, xs.length, top, pct(top, xs.length), any, pct(any, xs.length), said];
  });
  const typeMisses = rows.filter((r) => !r.anyOk);
  const wrongTop = rows.filter((r) => r.top !== null && r.top.plover.type !== r.type);
  const actorMisses = rows.filter((r) => r.misses.length > 0 && r.events.length > 0);
  const label = (r: Row) => `${r.g.id}: ${r.type}${r.type !== r.g.event ? ` (gold ${r.g.event})` : ''}`;
  return [
    `What: the ${n} PLOVER gold sentences (CAMEO manual examples, PLOVER 0.5 labels read as PLOVER 2.0: DEMAND as REQUEST, DISAPPROVE as ACCUSE, FIGHT as ASSAULT, INVESTIGATE as ACCUSE with mode investigate), each analysed as an article of ${rows[0]?.g.date ?? 'its date'}. "Top event right" = the sentence's most confident event (first of equals) has the gold type; "any event right" = some event of the sentence has it; both over all ${n} sentences, goal ≥ 70% (80%). Actor country: the scored event is the most confident event of the gold type, else the most confident event; a gold source (target) counts when its country (first three letters of its code; the gold's JAP read as JPN) is among the countries of that event's source (target) side: its cameo code's and each source (target) entity's country and CAMEO code's; when the gold has no target ("Jordan and Britain agreed"), a source on either side counts. A sentence without events scores none of its actors. Extra events = events beyond the one of the gold type (all of them when none has it), per sentence.`,
    seen.note(),
    table(
      ['measure', 'right', 'of', 'share'],
      [
        ['top event type right', topOk, n, pct(topOk, n)],
        ['any event type right', anyOk, n, pct(anyOk, n)],
        ['gold sources, country right', sourcesRight, goldSources, pct(sourcesRight, goldSources)],
        ['gold targets, country right', targetsRight, goldTargets, pct(targetsRight, goldTargets)],
        ['gold actors, country right', sourcesRight + targetsRight, goldSources + goldTargets, pct(sourcesRight + targetsRight, goldSources + goldTargets)],
        ['mode right where the label implies one', modeOk, moded.length, pct(modeOk, moded.length)],
      ],
    ),
    `Event type, top event: ${ratio(topOk, n)}; any event: ${ratio(anyOk, n)} (goal ≥ 70%, 80%). Sentences with any event: ${withEvents}/${n}. Extra events per sentence: ${(extra / n).toFixed(3)} (${extra} in all).`,
    table(['gold type (2.0)', 'sentences', 'top right', 'share', 'any right', 'share', 'top says it'], typeRows),
    `Type misses: no event of the gold type (${typeMisses.length}; ${shown}, with the types predicted):`,
    typeMisses.slice(0, limit).map((r) => `  ${label(r)} → ${r.events.map((e) => `${e.plover.type}/${e.cameo.code} ${e.confidence.toFixed(2)}`).join(', ') || 'no events'}; "${clip(r.g.text, 90)}"`).join('\n') || '  none',
    `False alarms: top event of another type (${wrongTop.length}; ${shown}):`,
    wrongTop.slice(0, limit).map((r) => `  ${label(r)} → top ${r.top!.plover.type}/${r.top!.cameo.code} on "${clip(r.top!.evidence.text, 50)}"; "${clip(r.g.text, 80)}"`).join('\n') || '  none',
    `Actor country misses in sentences with events (${actorMisses.length} sentences; ${shown}):`,
    actorMisses.slice(0, limit).map((r) => `  ${r.g.id}: ${r.misses.join('; ')}`).join('\n') || '  none',
  ].join('\n\n');
}
