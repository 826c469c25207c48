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
    if (!text.startsWith(value, cursor)) {
      // Defensive: should wink ever normalise a token, find it again rather than drift.
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
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
  return { tokens: out, sentences };
}
