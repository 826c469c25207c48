import type { Candidate } from './candidates/types.js';
import { firstStartingAt } from '../util/sorted.js';

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
  'plural-title': 65,
  'plural-title-2': 65,
  'plural-title-3': 65,
  'plural-title-4': 65,
  'country-title': 70,
  'capitalised-run-org-word': 50,
  'place-before-known-place': 50,
  // Above a KB place: "Valeska Paris, an Australian woman" is no Paris.
  'capitalised-run-person-context': 82,
  'person-in-organisation-name': 45,
  'romanised-east-asian-name': 45,
  'person-in-list-of-persons': 42,
  'capitalised-run': 40,
  'given-name-word': 35,
  'family-name-word': 35,
  'capitalised-word': 30,
};

/** A plural demonym is a people, whatever the context says of a person: "Bosnian Serbs said" (above person-context). */
const PEOPLE_PRIORITY = 83;

function priority(c: Candidate): number {
  const base = c.kind === 'demonym' && c.plural ? PEOPLE_PRIORITY : RULE_PRIORITY[c.rule] ?? (c.kind === 'pronoun' ? 90 : 10);
  return base + (c.end - c.start) / 1000;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An organisation may hold a person's name ("the Biden administration" holds Biden); a plural title may share its span. */
function mayNest(outer: Candidate, inner: Candidate): boolean {
  if (pluralTitle(inner) && outer.start === inner.start && outer.end === inner.end) return true;
  return outer.start <= inner.start && inner.end <= outer.end && outer.type === 'ORG' && inner.type === 'PERSON';
}

/** "ministers" in "the two foreign ministers": the persons of a plural title share the span of its other reading (an agent). */
function pluralTitle(c: Candidate): boolean {
  return c.kind === 'title' && c.plural;
}

/**
 * "Massachusetts Institute of Technology": a run with an organisation word that holds a place name is the
 * organisation's name, not a place followed by words.
 */
function organisationRuns(candidates: readonly Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  const places = candidates.filter((k) => k.type === 'GPE');
  if (places.length === 0) return out;
  for (const c of candidates) {
    if (c.rule !== 'capitalised-run-org-word') continue;
    if (places.some((k) => k !== c && c.start <= k.start && k.end <= c.end && (k.start > c.start || k.end < c.end))) out.add(c);
  }
  return out;
}

/** Mentions from candidates: the best reading of each span, in text order. */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const boosted = organisationRuns(candidates);
  // Scores beside their candidates: the sort compares them without a map look-up per comparison.
  const ranked = candidates.map((c) => ({ c, score: priority(c) + (boosted.has(c) ? 40 : 0) }));
  ranked.sort((a, b) => b.score - a.score || a.c.start - b.c.start);
  // The chosen, sorted by start: a clash test looks only at those that can reach the candidate.
  const chosen: Candidate[] = [];
  let longest = 0;
  for (const { c } of ranked) {
    let clash = false;
    for (let i = firstStartingAt(chosen, c.start - longest); i < chosen.length && chosen[i]!.start < c.end && !clash; i++) {
      const k = chosen[i]!;
      if (overlaps(k, c) && !mayNest(k, c) && !mayNest(c, k)) clash = true;
    }
    if (clash) continue;
    chosen.splice(firstStartingAt(chosen, c.start), 0, c);
    longest = Math.max(longest, c.end - c.start);
  }
  // A plural title after the other reading of its span.
  return chosen.sort((a, b) => a.start - b.start || b.end - a.end || Number(pluralTitle(a)) - Number(pluralTitle(b)));
}
