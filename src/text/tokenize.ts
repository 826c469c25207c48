import type { WinkNlp } from '../pipeline/resources.js';

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly pos: string;
  readonly type: string;
}

export interface TokenizedSpan {
  readonly tokens: RawToken[];
  /** Sentences as [first, last] token indices, inclusive, as wink-nlp gives them. */
  readonly sentences: [number, number][];
}

/**
 * wink-nlp over one paragraph, with character offsets: wink keeps every
 * token's preceding whitespace, so offsets are the running sum of both.
 */
export function tokenizeSpan(nlp: WinkNlp, text: string, offset: number): TokenizedSpan {
  const its = nlp.its;
  const wd = nlp.readDoc(text);
  const tokens = wd.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const out: RawToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    if (text.startsWith(value, cursor)) {
      // wink's own string (from its lexicon) is the text's slice: no copy per token.
      const end = cursor + value.length;
      out[i] = { start: offset + cursor, end: offset + end, value, pos: pos[i]!, type: types[i]! };
      cursor = end;
      continue;
    }
    // Defensive: should wink ever normalise a token, find it again rather than drift.
    const found = text.indexOf(value, cursor);
    if (found >= 0) cursor = found;
    const end = Math.min(text.length, cursor + value.length);
    out[i] = { start: offset + cursor, end: offset + end, value: text.slice(cursor, end), pos: pos[i]!, type: types[i]! };
    cursor = end;
  }
  const sentences: [number, number][] = [];
  const all = wd.sentences();
  for (let i = 0, n = all.length(); i < n; i++) {
    const span = all.itemAt(i).out(its.span) as unknown as [number, number];
    sentences.push([span[0], span[1]]);
  }
  return splitPossessives({ tokens: out, sentences });
}

const POSSESSIVE = /^[\p{L}\p{N}.-]+['’]s$/u;

/** Word + 's: the last two characters tested before the pattern, so most tokens cost two comparisons. */
function isPossessive(value: string): boolean {
  const n = value.length;
  if (n < 3 || value.charCodeAt(n - 1) !== 115) return false;
  const q = value.charCodeAt(n - 2);
  return (q === 39 || q === 0x2019) && POSSESSIVE.test(value);
}

/**
 * "Israel’s" → "Israel" + "’s", always. wink-nlp splits a possessive the first time it meets the word, but it
 * learns words as it reads, and once "Israel’s" is in its cache it keeps it whole: the same sentence would
 * tokenise differently depending on which articles the process read before. Splitting here makes every
 * article's tokens its own. The clitic is a particle; the word keeps the tag wink gave the whole.
 */
export function splitPossessives(span: TokenizedSpan): TokenizedSpan {
  if (!span.tokens.some((t) => isPossessive(t.value))) return span;
  const tokens: RawToken[] = [];
  const firstOf: number[] = new Array(span.tokens.length);
  const lastOf: number[] = new Array(span.tokens.length);
  span.tokens.forEach((t, i) => {
    firstOf[i] = tokens.length;
    if (isPossessive(t.value)) {
      const cut = t.end - 2;
      tokens.push({ start: t.start, end: cut, value: t.value.slice(0, -2), pos: t.pos, type: t.type });
      tokens.push({ start: cut, end: t.end, value: t.value.slice(-2), pos: 'PART', type: 'word' });
    } else {
      tokens.push(t);
    }
    lastOf[i] = tokens.length - 1;
  });
  return { tokens, sentences: span.sentences.map(([a, b]) => [firstOf[a]!, lastOf[b]!]) };
}
