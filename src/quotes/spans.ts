import { firstStartingAt } from '../util/sorted.js';
/** A [start, end) range of the text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Index of the last span with start <= offset, or -1 (spans sorted by start). */
export function lastStartingAtOrBefore(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first span with start >= offset, or spans.length. */
export function firstStartingAtOrAfter(spans: readonly TextSpan[], offset: number): number {
  return firstStartingAt(spans, offset);
}

/** Index of the first number >= value in a sorted list, or list.length. */
export function firstAtOrAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span holding `offset`, or null. */
export function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | null {
  const i = lastStartingAtOrBefore(spans, offset);
  const s = i >= 0 ? spans[i]! : null;
  return s !== null && offset < s.end ? s : null;
}

const SPACE = /\s/u;

/** [start, end) with whitespace trimmed from both ends (may become empty). */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Rough sentence spans for callers without a sentence layer: a sentence ends at
 * . ! ? (with any closing marks) followed by whitespace. One pass, no regex.
 */
export function roughSentences(text: string, paragraphs: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < p.end && '"”’»\')'.includes(text[j]!)) j++;
      if (j < p.end && !SPACE.test(text[j]!)) continue;
      out.push({ start, end: j });
      start = j;
      i = j - 1;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}
