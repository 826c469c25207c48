import { lowerBound, precisionOf, termsOverlap } from './dates.js';
import type { Occupancy } from './model.js';
import { sourcePriority } from './sources.js';

/**
 * The terms of one post as the KB believes them, from every source's occupancies:
 * 1. where two sources give the same person overlapping terms in the post, the
 *    higher-priority (later, more specific) source's term stands and the other goes;
 * 2. in a post one person holds at a time, an open term (the 2022 snapshots leave
 *    many open) ends when the next holder's term starts.
 */
export function effectiveTerms(raw: readonly Occupancy[], single: boolean): Occupancy[] {
  const byPriority = [...raw].sort((a, b) => sourcePriority(b.source) - sourcePriority(a.source) || precisionRank(b) - precisionRank(a));
  const kept: Occupancy[] = [];
  const keptByPerson = new Map<string, Occupancy[]>();
  for (const o of byPriority) {
    const same = keptByPerson.get(o.personId) ?? [];
    const winner = same.find((k) => (sourcePriority(k.source) > sourcePriority(o.source) && termsOverlap(k, o)) || (k.start === o.start && (k.end === o.end || o.end === null)));
    if (winner) {
      // The winner keeps its dates, but a more precise date that agrees with it ("2016" vs "2016-05-20") is taken.
      const i = kept.indexOf(winner);
      const refined = refine(winner, o);
      if (refined !== winner) {
        kept[i] = refined;
        same[same.indexOf(winner)] = refined;
      }
      continue;
    }
    kept.push(o);
    same.push(o);
    keptByPerson.set(o.personId, same);
  }
  kept.sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.personId.localeCompare(b.personId));
  const joined = joinContinuous(kept);
  if (!single) return joined;
  return joined.map((o) => {
    if (o.end !== null || o.start === null) return o;
    const start = lowerBound(o.start);
    const next = joined.find((k) => k.personId !== o.personId && k.start !== null && lowerBound(k.start) > start);
    if (!next || next.start === null) return o;
    return { ...o, end: next.start, endPrecision: precisionOf(next.start), endInferred: true };
  });
}

/** Back-to-back terms of one person from one source (Abe's three cabinets) are one term. */
function joinContinuous(sorted: Occupancy[]): Occupancy[] {
  const out: Occupancy[] = [];
  for (const o of sorted) {
    const i = out.findIndex((p) => p.personId === o.personId && p.source === o.source && p.end !== null && p.end === o.start);
    const prev = i >= 0 ? out[i] : undefined;
    if (prev) out[i] = { ...prev, end: o.end, endPrecision: o.endPrecision, endInferred: o.endInferred };
    else out.push(o);
  }
  return out;
}

function refine(winner: Occupancy, other: Occupancy): Occupancy {
  const start = winner.start && other.start && other.start.length > winner.start.length && other.start.startsWith(winner.start) ? other.start : winner.start;
  const end = winner.end && other.end && other.end.length > winner.end.length && other.end.startsWith(winner.end) ? other.end : winner.end;
  if (start === winner.start && end === winner.end) return winner;
  return { ...winner, start, end, startPrecision: start ? precisionOf(start) : null, endPrecision: end ? precisionOf(end) : null };
}

function startKey(o: Occupancy): string {
  return o.start ? lowerBound(o.start) : '0000';
}

function precisionRank(o: Occupancy): number {
  return (o.start ? o.start.length : 0) + (o.end ? o.end.length : 0);
}
