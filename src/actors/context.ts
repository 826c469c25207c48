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

/**
 * For each sentence, the countries named in it first, then the article's ranking: where a bare title
 * ("Prime Minister") looks for its office. Computed once per article in one pass.
 */
export function countriesBySentence(candidates: readonly Candidate[], ranked: readonly string[]): (sentence: number) => string[] {
  const near = new Map<number, string[]>();
  for (const c of candidates) {
    if (!c.country || c.kind === 'pronoun') continue;
    const list = near.get(c.sentence);
    if (list) list.push(c.country);
    else near.set(c.sentence, [c.country]);
  }
  const memo = new Map<number, string[]>();
  return (sentence) => {
    let out = memo.get(sentence);
    if (!out) {
      out = [...new Set([...(near.get(sentence) ?? []), ...ranked])];
      memo.set(sentence, out);
    }
    return out;
  };
}
