/**
 * The token the codebook matchers read: text as in the sentence, a normal form
 * (lower case, as the caller normalises it) and character offsets. Independent
 * of any tokenizer; simpleTokens() makes them for tests and quick use.
 */

export interface MatchToken {
  readonly text: string;
  /** Lower-case form compared with the dictionaries ("Met" → "met"). */
  readonly normal: string;
  readonly start: number;
  readonly end: number;
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch) || ch === '-' || ch === "'" || ch === '’';
}

/**
 * Words (letters, digits, inner hyphens and apostrophes) and single punctuation
 * marks, one pass over the characters. Good enough for tests; real input
 * comes from the text stage's tokens.
 */
export function simpleTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(ch) && ch !== '-') while (j < text.length && isWordChar(text[j]!)) j++;
    // a trailing hyphen or apostrophe is punctuation, not part of the word
    while (j - 1 > i && (text[j - 1] === '-' || text[j - 1] === "'" || text[j - 1] === '’')) j--;
    const t = text.slice(i, j);
    out.push({ text: t, normal: t.toLowerCase().replace(/’/g, "'"), start: i, end: j });
    i = j;
  }
  return out;
}
