import type { Analyzer } from '../../src/analyze.js';
import { sharedPath } from '../../src/util/paths.js';
import { clip, missLimit, countryRoot, eventsOf, EventsSeen, missingInput, matchTriples, normCode, prfCells, readJsonl, showTriple, tripleOf, type Triple } from './events.js';
import { table } from './table.js';

interface GoldSentence {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly expected: readonly { source: string; target: string; event: string }[];
  readonly noevents: boolean;
}

/** The gold's YYYYMMDD (one line has YYMMDD, read as 20YY) as YYYY-MM-DD; null when neither. */
export function goldDate(d: string): string | null {
  const s = d.trim();
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (/^\d{6}$/.test(s)) return `20${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  return null;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Triples of every sentence matched one to one, either as written or reduced to country + root. */
function tally(sentences: readonly { gold: Triple[]; predicted: Triple[] }[], reduce: (t: Triple) => Triple): Tally & { misses: [number, Triple][]; extras: [number, Triple][] } {
  const t = { tp: 0, fp: 0, fn: 0, misses: [] as [number, Triple][], extras: [] as [number, Triple][] };
  sentences.forEach((s, k) => {
    const gold = s.gold.map(reduce);
    const predicted = s.predicted.map(reduce);
    const m = matchTriples(gold, predicted);
    t.tp += m.pairs.length;
    t.fn += m.unmatchedGold.length;
    t.fp += m.unmatchedPredicted.length;
    for (const i of m.unmatchedGold) t.misses.push([k, gold[i]!]);
    for (const j of m.unmatchedPredicted) t.extras.push([k, predicted[j]!]);
  });
  return t;
}

/**
 * As tally, but a meeting (root 04: consult, meet, negotiate, mediate) is read both ways: PETRARCH codes one meeting
 * as (A, B) and (B, A), where Attaché writes one event per occurrence. An event counts as extra only if neither
 * reading matched. Reported beside the strict figure, never instead of it.
 */
function tallyMeetingsBothWays(sentences: readonly { gold: Triple[]; predicted: Triple[] }[], reduce: (t: Triple) => Triple): Tally {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const s of sentences) {
    const gold = s.gold.map(reduce);
    const predicted = s.predicted.map(reduce);
    const readings = predicted.flatMap((p, i) => (p.event.startsWith('04') && p.source !== p.target ? [{ p, i }, { p: { ...p, source: p.target, target: p.source }, i }] : [{ p, i }]));
    const m = matchTriples(gold, readings.map((r) => r.p));
    const matchedEvents = new Set(m.pairs.map(([, j]) => readings[j]!.i));
    t.tp += m.pairs.length;
    t.fn += m.unmatchedGold.length;
    t.fp += predicted.length - matchedEvents.size;
  }
  return t;
}

/** PETRARCH2 gold sentences: CAMEO (source, target, event) triples, exact and as country + root. */
export function evalEventsPetrarch(analyzer: Analyzer): string {
  const path = sharedPath('eval', 'petrarch2-gsr', 'dev.jsonl');
  const skip = missingInput(path);
  if (skip) return skip;
  const gold = readJsonl<GoldSentence>(path);
  const seen = new EventsSeen();
  const limit = missLimit();
  const shown = limit === Number.POSITIVE_INFINITY ? 'all' : `first ${limit}`;
  const sentences = gold.map((g) => {
    const out = analyzer.analyze({ id: g.id, text: g.text, origin: `petrarch2:${g.id}` }, { date: goldDate(g.date) });
    return {
      g,
      gold: g.expected.map((e) => ({ source: normCode(e.source), target: normCode(e.target), event: normCode(e.event) })),
      predicted: eventsOf(out, seen).map(tripleOf),
    };
  });
  const exact = tally(sentences, (t) => t);
  const root = tally(sentences, countryRoot);
  const rootBothWays = tallyMeetingsBothWays(sentences, countryRoot);
  const n = sentences.length;
  const quiet = sentences.filter((s) => s.g.noevents);
  const onQuiet = quiet.reduce((a, s) => a + s.predicted.length, 0);
  const quietWithAny = quiet.filter((s) => s.predicted.length > 0).length;
  const goldCount = sentences.reduce((a, s) => a + s.gold.length, 0);
  const predictedCount = sentences.reduce((a, s) => a + s.predicted.length, 0);
  const line = (k: number) => `${sentences[k]!.g.id}: "${clip(sentences[k]!.g.text, 90)}"`;
  const predictedOf = (k: number) => sentences[k]!.predicted.map(showTriple).join(' ') || 'no events';
  return [
    `What: the ${n} sentences of the PETRARCH2 gold-standard dev set, each analysed as an article on its date (YYYYMMDD; one YYMMDD read as 20YY). Each predicted event gives one triple: its cameo.source and cameo.target actor codes and its cameo.code (its source/target entity lists are not expanded, so a gold pair (A, B, 040) + (B, A, 040) takes two events to recall). Triples are matched one to one per sentence on equality (codes upper-cased, an agent of no country written ~REB read as ---REB; an empty or null code matches nothing). "Country + root" compares the first three letters of each actor code (country, IGO, ---) and the first two digits of the event code; goal F1 ≥ 0.6 (0.75). Extra events = predicted triples left unmatched, per sentence. ${quiet.length} sentences are marked "noevents": every event on them is a false alarm.`,
    seen.note(),
    table(
      ['measure', 'precision', 'recall', 'F1', 'gold', 'predicted', 'extra / sentence'],
      [
        ['exact triples', ...prfCells(exact), goldCount, predictedCount, exact.fp / n],
        ['country + root triples', ...prfCells(root), goldCount, predictedCount, root.fp / n],
        ['country + root, a meeting read both ways', ...prfCells(rootBothWays), goldCount, predictedCount, rootBothWays.fp / n],
      ],
    ),
    `Country + root F1 goal ≥ 0.6 (0.75), on the strict row. The row below it reads each meeting event (CAMEO 04x) also with its actors swapped, as PETRARCH codes a meeting in both directions; it shows what one-event-per-meeting costs, and is not the goal's figure. Events on the ${quiet.length} noevents sentences: ${onQuiet} (${quietWithAny} sentences with any).`,
    `Missed gold triples, country + root (${root.misses.length}; ${shown}: gold → predicted in the sentence):`,
    root.misses.slice(0, limit).map(([k, t]) => `  ${line(k)} ${showTriple(t)} → ${predictedOf(k)}`).join('\n') || '  none',
    `False alarms, country + root (${root.extras.length}; ${shown}):`,
    root.extras.slice(0, limit).map(([k, t]) => `  ${line(k)} ${showTriple(t)}; gold ${sentences[k]!.gold.map(showTriple).join(' ') || 'none (noevents)'}`).join('\n') || '  none',
  ].join('\n\n');
}
