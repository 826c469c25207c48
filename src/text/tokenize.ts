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
 * One paragraph's tokens as wink-nlp reads them, in parallel arrays (index i of each is token i): the sentences
 * stage reads a million tokens per corpus, and an object per token only to copy it into the token layer cost as
 * much as the copy. `values` holds each token's text (text.slice(start, end)); offsets are into the whole text.
 */
export interface TokenColumns {
  readonly starts: number[];
  readonly ends: number[];
  readonly values: string[];
  readonly pos: string[];
  readonly types: string[];
  /** Sentences as [first, last] token indices, inclusive, as wink-nlp gives them. */
  readonly sentences: [number, number][];
}

/**
 * wink-nlp over one paragraph, with character offsets: wink keeps every
 * token's preceding whitespace, so offsets are the running sum of both.
 */
export function tokenColumns(nlp: WinkNlp, text: string, offset: number): TokenColumns {
  const its = nlp.its;
  const wd = nlp.readDoc(text);
  const tokens = wd.tokens();
  // (Each out() is a fresh array of this call's own: values may be written where wink's string is not the text's.)
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    if (text.startsWith(value, cursor)) {
      // wink's own string (from its lexicon) is the text's slice: no copy per token.
      starts[i] = offset + cursor;
      cursor += value.length;
      ends[i] = offset + cursor;
      continue;
    }
    // Defensive: should wink ever normalise a token, find it again rather than drift.
    const found = text.indexOf(value, cursor);
    if (found >= 0) cursor = found;
    const end = Math.min(text.length, cursor + value.length);
    starts[i] = offset + cursor;
    ends[i] = offset + end;
    values[i] = text.slice(cursor, end);
    cursor = end;
  }
  const sentences: [number, number][] = [];
  const all = wd.sentences();
  for (let i = 0, n = all.length(); i < n; i++) {
    const span = all.itemAt(i).out(its.span) as unknown as [number, number];
    sentences.push([span[0], span[1]]);
  }
  return splitPossessiveColumns({ starts, ends, values, pos, types, sentences });
}

/** tokenColumns as one object per token. */
export function tokenizeSpan(nlp: WinkNlp, text: string, offset: number): TokenizedSpan {
  return rowsOf(tokenColumns(nlp, text, offset));
}

function rowsOf(c: TokenColumns): TokenizedSpan {
  const tokens: RawToken[] = new Array(c.values.length);
  for (let i = 0; i < tokens.length; i++) tokens[i] = { start: c.starts[i]!, end: c.ends[i]!, value: c.values[i]!, pos: c.pos[i]!, type: c.types[i]! };
  return { tokens, sentences: c.sentences };
}

function columnsOf(span: TokenizedSpan): TokenColumns {
  const t = span.tokens;
  return { starts: t.map((x) => x.start), ends: t.map((x) => x.end), values: t.map((x) => x.value), pos: t.map((x) => x.pos), types: t.map((x) => x.type), sentences: span.sentences };
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
  return rowsOf(splitPossessiveColumns(columnsOf(span)));
}

function splitPossessiveColumns(c: TokenColumns): TokenColumns {
  if (!c.values.some(isPossessive)) return c;
  const out: TokenColumns = { starts: [], ends: [], values: [], pos: [], types: [], sentences: [] };
  const firstOf: number[] = new Array(c.values.length);
  const lastOf: number[] = new Array(c.values.length);
  const push = (start: number, end: number, value: string, pos: string, type: string): void => {
    out.starts.push(start);
    out.ends.push(end);
    out.values.push(value);
    out.pos.push(pos);
    out.types.push(type);
  };
  for (let i = 0; i < c.values.length; i++) {
    firstOf[i] = out.values.length;
    const value = c.values[i]!;
    if (isPossessive(value)) {
      const cut = c.ends[i]! - 2;
      push(c.starts[i]!, cut, value.slice(0, -2), c.pos[i]!, c.types[i]!);
      push(cut, c.ends[i]!, value.slice(-2), 'PART', 'word');
    } else {
      push(c.starts[i]!, c.ends[i]!, value, c.pos[i]!, c.types[i]!);
    }
    lastOf[i] = out.values.length - 1;
  }
  for (const [a, b] of c.sentences) out.sentences.push([firstOf[a]!, lastOf[b]!]);
  return out;
}
