import { firstStartingAt } from '../../util/sorted.js';
import { makeCandidate, type Candidate, type GeneratorInput } from './types.js';

/** Modifiers skipped between the country word and its agent ("Iraqi *security* forces", "a *senior* Guyanese police officer" has them after). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * Generic agents of a country: "Israeli troops", "Serb forces", "one U.S. soldier", "China's army", "Mosul police".
 * An agent right after a country's name or demonym (a possessive, or up to two modifiers between) belongs to that
 * country; the agent candidate takes its country, so the entity it forms is coded country + role (ISRMIL, CHNMIL)
 * and is a different entity from the same role of another country. The country word stays a mention of its own.
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
  return candidates.map((c) => {
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
    return makeCandidate(c, { ...c, country: country.country, rule: `${c.rule}+country` });
  });
}
