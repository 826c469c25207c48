import type { RawToken } from './tokenize.js';

/** A sentence as a [first, last] token range, inclusive. */
export type TokenRange = [number, number];

/**
 * wink splits inside words such as "Japan-U.S." ("Japan-U." | "S."): a
 * boundary with no whitespace before the next sentence is no boundary.
 */
export function mergeSplitsInsideWords(ranges: readonly TokenRange[], tokens: readonly RawToken[]): TokenRange[] {
  const out: TokenRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && tokens[prev[1]]!.end === tokens[r[0]]!.start) prev[1] = r[1];
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
export function splitAfterInitialisms(ranges: readonly TokenRange[], tokens: readonly RawToken[]): TokenRange[] {
  const out: TokenRange[] = [];
  for (const [first, last] of ranges) {
    let start = first;
    for (let i = first; i < last; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1]!;
      // (Only a token of 4 to 8 characters with a stop second can be a dotted initialism: most skip the pattern.)
      const v = t.value;
      if (v.length >= 4 && v.length <= 8 && v.charCodeAt(1) === 46 && DOTTED_INITIALISM.test(v) && next.start > t.end && SENTENCE_OPENERS.has(next.value)) {
        out.push([start, i]);
        start = i + 1;
      }
    }
    out.push([start, last]);
  }
  return out;
}

export const SENTENCE_REFINERS = [mergeSplitsInsideWords, splitAfterInitialisms] as const;
