import type { QuoteKind } from '../doc/layers.js';
import type { QuoteSpan } from './find-quotes.js';

/**
 * Direct or partial: a partial quote is a few marked words inside the
 * narrator's own sentence ("called the alliance a “cornerstone”"). It is
 * recognised by what stands before its opening mark — a word, not a colon,
 * comma or sentence start — or by starting in lower case where no cue and
 * comma introduce it. Repaired quotes were bounded by paragraphs and
 * sentences, so they are direct.
 */
export function quoteKind(text: string, q: QuoteSpan): Exclude<QuoteKind, 'indirect'> {
  if (q.open === null || q.shape === 'multi-paragraph') return 'direct';
  const before = previousVisible(text, q.open);
  const first = text[q.start] ?? '';
  const lowerStart = first !== first.toUpperCase() && first === first.toLowerCase();
  // After punctuation or another quote's closing mark the quote starts a
  // sentence or clause of its own. A bracket does not: (“GAP”) defines a term.
  if (before === null || '.!?:;,—–"”’»」'.includes(before)) return 'direct';
  // A word (or a closing mark) right before the opening mark: the quote runs
  // inside the narrator's sentence.
  return lowerStart || !endsSentence(text, q) ? 'partial' : 'direct';
}

function previousVisible(text: string, i: number): string | null {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const ch = text[j]!;
    if (ch === '\n') return null;
    if (!/\s/u.test(ch)) return ch;
  }
  return null;
}

/** The quoted words end a sentence of their own: "…said “We will win.”" */
function endsSentence(text: string, q: QuoteSpan): boolean {
  const last = text[q.end - 1];
  return last === '.' || last === '!' || last === '?';
}

/**
 * The quote stands at the start of a sentence or paragraph (nothing but
 * sentence punctuation or another quote before its opening mark). Only such a
 * quote is kept when nobody can be found saying it: marked words inside a
 * sentence without a cue are a title or a term (the theme, “Shared Values”).
 */
export function standsAlone(text: string, q: QuoteSpan): boolean {
  if (!text.slice(q.start, q.end).includes(' ')) return false; // a nickname or a word: C.B. “Sully” Sullenberger
  if (q.close !== null && continuesInLowerCase(text, q.close + 1)) return false; // “We Grow Security” also creates …
  if (q.open === null) return true;
  const before = previousVisible(text, q.open);
  return before === null || '.!?:"”’»」'.includes(before);
}

/** (“NuScale”), (“GAP”): a term defined in brackets, never a quotation. */
export function isBracketedTerm(text: string, q: QuoteSpan): boolean {
  return q.open !== null && q.close !== null && text[q.open - 1] === '(' && text[q.close + 1] === ')';
}

function continuesInLowerCase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from < 3 && text[i] === ' ') i++;
  const ch = text[i];
  return ch !== undefined && i > from && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
