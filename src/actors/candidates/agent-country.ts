import { firstStartingAt } from '../../util/sorted.js';
import { makeCandidate, type Candidate, type GeneratorInput } from './types.js';

/** Modifiers skipped between the country word and its agent ("Iraqi *security* forces", "a *senior* Guyanese police officer" has them after). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * Generic agents of a country: "Israeli troops", "Serb forces", "one U.S. soldier", "China's army", "Mosul police".
 * An agent right after a country's name or demonym (a possessive, or up to two modifiers between) belongs to that
 * country; the agent candidate takes its country, so the entity it forms has that country (its code stays the role,
 * ~MIL, which the events stage joins to the country word: ISRMIL) and is a different entity from the same role of
 * another country. The country word stays a mention of its own.
 * Candidates come sorted by start; one backward look of a few tokens per agent.
 */
export function qualifyAgents(input: GeneratorInput, candidates: readonly Candidate[]): Candidate[] {
  const { tokens } = input;
  // Country words by the token they end on.
  const countryEndingAt = new Map<number, Candidate>();
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) {
    const first = firstStartingAt(tokens, c.start);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= c.end) covered[last++] = 1;
    if (c.type === 'GPE' && c.country && (c.kind === 'name' || c.kind === 'demonym')) countryEndingAt.set(last - 1, c);
  }
  const out: Candidate[] = [];
  for (const c of candidates) {
    const q = qualified(c);
    if (q) out.push(q);
  }
  return out;

  function qualified(c: Candidate): Candidate | null {
    if (c.type !== 'AGENT' || c.country) return c;
    let j = firstStartingAt(tokens, c.start) - 1;
    const sentence = tokens[j + 1]?.sentence;
    let country: Candidate | undefined;
    // "China's army": an owner.
    if (j > 0 && (tokens[j]!.lower === "'s" || tokens[j]!.lower === '’s') && tokens[j]!.sentence === sentence) {
      country = countryEndingAt.get(j - 1);
    } else {
      for (let n = 0; n <= MAX_MODIFIERS && j >= 0 && tokens[j]!.sentence === sentence; n++) {
        country = countryEndingAt.get(j);
        if (country) break;
        const t = tokens[j]!;
        // A modifier no other candidate took: "Palestinian security officials", not "Iraq and the army".
        if (covered[j] || !MODIFIER_POS.has(t.pos) || !/^\p{Ll}/u.test(t.value)) break;
        j--;
      }
    }
    if (!country) return c;
    // "US and British activists" are of two countries: one entity cannot say so, so the agent is left uncoded
    // and the events stage codes each side from the country words.
    const before = firstStartingAt(tokens, country.start) - 1;
    if (before > 0 && (tokens[before]!.lower === 'and' || tokens[before]!.lower === 'or' || tokens[before]!.lower === ',') && countryEndingAt.has(before - 1)) return c;
    return makeCandidate(c, { ...c, country: country.country });
  }
}

/**
 * Organisations the KB does not know, named after their country: "Latvian Constitutional Court", "Montenegro
 * Assembly", "Baghdad University Medical School". A capitalised run that opens with a country word belongs to that
 * country (the entity is coded country + the role its head noun gives). Candidates come sorted by start.
 */
export function qualifyOrganisations(candidates: readonly Candidate[]): Candidate[] {
  const countryAt = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'GPE' && c.country && (c.kind === 'name' || c.kind === 'demonym')) countryAt.set(c.start, c);
  if (countryAt.size === 0) return candidates as Candidate[];
  return candidates.map((c) => {
    if (c.type !== 'ORG' || c.kind !== 'name' || c.kbRef || c.country) return c;
    const g = countryAt.get(c.start);
    // The country word is the run's first word(s), not all of it, and a word boundary follows it.
    if (!g || g.end >= c.end || !/^[\s-]/.test(c.text.slice(g.end - c.start))) return c;
    return makeCandidate(c, { ...c, country: g.country });
  });
}
