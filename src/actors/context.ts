import type { Candidate } from './candidates/types.js';

/** Countries the article is about, most named first: where a bare title ("Prime Minister") looks for its office. */
export function articleCountries(candidates: readonly Candidate[]): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  for (const c of candidates) {
    if (!c.country || c.kind === 'pronoun') continue;
    const e = counts.get(c.country);
    if (e) e.n++;
    else counts.set(c.country, { n: 1, first: c.start });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([iso]) => iso);
}

/** Countries named in the same sentence first, then the article's ranking. */
export function countriesNear(candidates: readonly Candidate[], sentence: number, ranked: readonly string[]): string[] {
  const near = candidates.filter((c) => c.sentence === sentence && c.country && c.kind !== 'pronoun').map((c) => c.country!);
  return [...new Set([...near, ...ranked])];
}
