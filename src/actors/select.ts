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

/**
 * "Massachusetts Institute of Technology": a run with an organisation word that holds a place name is the
 * organisation's name, not a place followed by words.
 */
function organisationRuns(candidates: readonly Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  for (const c of candidates) {
    if (c.rule !== 'capitalised-run-org-word') continue;
    if (candidates.some((k) => k !== c && k.type === 'GPE' && c.start <= k.start && k.end <= c.end && (k.start > c.start || k.end < c.end))) out.add(c);
  }
  return out;
}

/** Mentions from candidates: the best reading of each span, in text order. */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const boosted = organisationRuns(candidates);
  const score = (c: Candidate) => priority(c) + (boosted.has(c) ? 40 : 0);
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || a.start - b.start);
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
