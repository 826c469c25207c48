import type { Candidate } from './candidates/types.js';

/** Which generator's reading of a span wins when two overlap. */
const RULE_PRIORITY: Readonly<Record<string, number>> = {
  'titled-name': 100,
  'honorific-name': 95,
  'leader-administration': 92,
  'leader-of-administration': 91,
  'kb-person': 85,
  'kb-actor': 80,
  'kb-country': 80,
  'kb-metonym': 80,
  'kb-agent': 60,
  'definite-title': 70,
  'country-title': 70,
  'capitalised-run-org-word': 50,
  'capitalised-run': 40,
  'capitalised-word': 30,
};

function priority(c: Candidate): number {
  return (RULE_PRIORITY[c.rule] ?? (c.kind === 'pronoun' ? 90 : 10)) + (c.end - c.start) / 1000;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An organisation may hold a person's name ("the Biden administration" holds Biden); nothing else nests. */
function mayNest(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.type === 'ORG' && inner.type === 'PERSON';
}

/** Mentions from candidates: the best reading of each span, in text order. */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => priority(b) - priority(a) || a.start - b.start);
  const chosen: Candidate[] = [];
  // Which chosen mentions cover each character: a clash test costs the mention's length, not the number chosen.
  const cover = new Map<number, Candidate[]>();
  for (const c of ranked) {
    let clash = false;
    const seen = new Set<Candidate>();
    for (let i = c.start; i < c.end && !clash; i++) {
      for (const k of cover.get(i) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (overlaps(k, c) && !mayNest(k, c) && !mayNest(c, k)) clash = true;
      }
    }
    if (clash) continue;
    chosen.push(c);
    for (let i = c.start; i < c.end; i++) {
      const list = cover.get(i);
      if (list) list.push(c);
      else cover.set(i, [c]);
    }
  }
  return chosen.sort((a, b) => a.start - b.start || b.end - a.end);
}
