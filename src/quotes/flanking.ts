/**
 * What a mark's neighbours say about it. A mark that hugs the word after it and
 * follows a space opens; one that hugs the word before it and is followed by a
 * space or punctuation closes. These tests look at one character on each side,
 * so deciding every mark of a text costs one pass.
 */

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** Characters after which a mark still opens: brackets, dashes, slashes. */
const OPENING_CONTEXT = '([{—–-/';
/** Characters before which a mark still closes: sentence and clause punctuation. */
const CLOSING_CONTEXT = '.,;:!?)]}—–-…';

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** Looks like an opener: start, space or bracket before; a non-space after. */
export function leftFlanking(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  const beforeOk = isSpace(before) || OPENING_CONTEXT.includes(before!) || isMarkLike(before);
  return beforeOk && !isSpace(after);
}

/** Looks like a closer: a non-space before; end, space or punctuation after. */
export function rightFlanking(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  const afterOk = isSpace(after) || CLOSING_CONTEXT.includes(after!) || isMarkLike(after);
  return !isSpace(before) && afterOk;
}

/**
 * An apostrophe rather than a quote mark: a letter or digit on both sides
 * ("We’ve", "it’s", "Party’s", "O’Neill"), or an elision before a digit ("’90s").
 */
export function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return true;
  return after !== undefined && after >= '0' && after <= '9' && !isWordChar(before);
}

/**
 * A plural possessive inside a single quote (‘the leaders’ talks’): "s’" before
 * a lower-case word, with another closing mark soon after in the paragraph and
 * before any new opening one. The
 * look-ahead is bounded, so deciding every mark stays linear.
 */
export function isPluralPossessive(text: string, i: number, limit: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ') return false;
  const next = text[i + 2];
  if (next === undefined || next.toLowerCase() !== next || !isWordChar(next)) return false;
  const end = Math.min(limit, i + POSSESSIVE_LOOKAHEAD);
  for (let j = i + 2; j < end; j++) {
    // A new opening mark first means this mark was the closer after all.
    if (text[j] === '‘') return false;
    if (text[j] === '’' && !isApostrophe(text, j)) return true;
  }
  return false;
}

const POSSESSIVE_LOOKAHEAD = 200;

// Another mark next to this one ("‘”" at the end of a nested quote) counts as
// punctuation, not as a word.
function isMarkLike(ch: string | undefined): boolean {
  return ch !== undefined && '"“”„‟«»\'‘’‚‹›「」『』'.includes(ch);
}
