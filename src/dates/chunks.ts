/** Longest piece of text handed to chrono at once. */
export const MAX_CHUNK = 1000;

export interface Chunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits [start, end) into pieces of at most `max` characters, cutting at
 * whitespace where there is some in the second half of a piece. Sentences are
 * rarely this long; the cap keeps chrono's per-match rescans and any regex
 * backtracking bounded on pathological input (a "sentence" of 100k characters).
 * A date expression cut in two at a boundary is lost; that is the price.
 */
export function chunkSpan(text: string, start: number, end: number, max = MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = start;
  while (end - pos > max) {
    let cut = pos + max;
    for (let i = pos + max; i > pos + max / 2; i--) {
      if (/\s/.test(text.charAt(i))) {
        cut = i;
        break;
      }
    }
    chunks.push({ start: pos, end: cut });
    pos = cut;
  }
  if (end > pos) chunks.push({ start: pos, end });
  return chunks;
}
