import type { TokenColumns } from './tokenize.js';

/** What the refiners read of a paragraph's tokens. */
export type TokenSeq = Pick<TokenColumns, 'starts' | 'ends' | 'values'>;

/** A sentence as a [first, last] token range, inclusive. */
export type TokenRange = [number, number];

/**
 * wink splits inside words such as "Japan-U.S." ("Japan-U." | "S."): a
 * boundary with no whitespace before the next sentence is no boundary.
 */
export function mergeSplitsInsideWords(ranges: readonly TokenRange[], tokens: TokenSeq): TokenRange[] {
  const out: TokenRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && tokens.ends[prev[1]] === tokens.starts[r[0]]) prev[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Dotted initialisms that end sentences as often as they sit inside them. */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,4}$/u;
/** Words that open a new sentence far more often than they follow "U.S." inside one. */
const SENTENCE_OPENERS = new Set([
  'He', 'She', 'They', 'It', 'We', 'I', 'You', 'The', 'This', 'That', 'These', 'Those', 'But', 'However', 'Meanwhile',
  'Still', 'Yet', 'There', 'His', 'Her', 'Their', 'Its', 'Our', 'A', 'An', 'When', 'While', 'Although', 'If', 'After', 'Before',
]);

/** wink keeps "in the U.S. He said" as one sentence; split it after the initialism. */
export function splitAfterInitialisms(ranges: readonly TokenRange[], tokens: TokenSeq): TokenRange[] {
  const out: TokenRange[] = [];
  for (const [first, last] of ranges) {
    let start = first;
    for (let i = first; i < last; i++) {
      // (Only a token of 4 to 8 characters with a stop second can be a dotted initialism: most skip the pattern.)
      const v = tokens.values[i]!;
      if (v.length >= 4 && v.length <= 8 && v.charCodeAt(1) === 46 && DOTTED_INITIALISM.test(v) && tokens.starts[i + 1]! > tokens.ends[i]! && SENTENCE_OPENERS.has(tokens.values[i + 1]!)) {
        out.push([start, i]);
        start = i + 1;
      }
    }
    out.push([start, last]);
  }
  return out;
}

export const SENTENCE_REFINERS = [mergeSplitsInsideWords, splitAfterInitialisms] as const;
