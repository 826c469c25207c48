import { lowerBound, termsOverlap, upperBound } from '../dates.js';
import type { PartialDate } from '../model.js';

export interface Term {
  readonly position: string;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
}

/**
 * Statements of one person about the same position that overlap are one term:
 * Wikidata often holds a whole premiership next to its separate cabinets.
 * The merged term runs from the earliest start to the latest end (open if any is).
 */
export function mergeOverlapping(terms: readonly Term[]): Term[] {
  const byPosition = new Map<string, Term[]>();
  for (const t of terms) byPosition.set(t.position, [...(byPosition.get(t.position) ?? []), t]);
  const out: Term[] = [];
  for (const [, list] of byPosition) {
    const sorted = [...list].sort((a, b) => (a.start ? lowerBound(a.start) : '').localeCompare(b.start ? lowerBound(b.start) : ''));
    const merged: Term[] = [];
    for (const t of sorted) {
      const i = merged.findIndex((m) => termsOverlap(m, t));
      if (i < 0) {
        merged.push(t);
        continue;
      }
      const m = merged[i] as Term;
      merged[i] = { position: m.position, start: earlier(m.start, t.start), end: later(m.end, t.end) };
    }
    out.push(...merged);
  }
  return out;
}

function earlier(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (!a || !b) return null;
  return lowerBound(a) <= lowerBound(b) ? a : b;
}

function later(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (!a || !b) return null;
  return upperBound(a) >= upperBound(b) ? a : b;
}
