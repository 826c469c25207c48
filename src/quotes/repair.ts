import { firstAtOrAfter, spanAt, type TextSpan } from './spans.js';

export interface MissingOpenInput {
  readonly paragraph: TextSpan;
  /** End of the sentence that held the previous quote's closing mark, or the paragraph start. */
  readonly floor: number;
  /** Just past the previous closing mark in the paragraph, or the paragraph start. */
  readonly after: number;
  /** Offset of the closing mark that has no opening one. */
  readonly close: number;
  readonly sentences: readonly TextSpan[];
  readonly barriers: readonly number[];
}

/**
 * Where a quote whose opening mark is missing starts. Scrapers and translators
 * drop the mark at a paragraph's start most often ("I highly appreciate …,”
 * Motegi said."), so the quote starts there — unless an earlier quote or a
 * sentence of narration with a speech cue stands between, in which case it
 * starts after that sentence. It never reaches back before its paragraph.
 */
export function repairMissingOpen(input: MissingOpenInput): number {
  const { paragraph, floor, after, close, sentences, barriers } = input;
  if (floor > close) return Math.max(after, paragraph.start);
  let start = Math.max(floor, paragraph.start);
  const closeSentence = spanAt(sentences, close);
  const sentenceStart = closeSentence ? closeSentence.start : close;
  const j = firstAtOrAfter(barriers, sentenceStart) - 1;
  const barrier = j >= 0 ? barriers[j]! : -1;
  if (barrier >= start) {
    const s = spanAt(sentences, barrier);
    start = Math.max(start, s ? s.end : barrier + 1);
  }
  return Math.min(start, close);
}

export interface MissingCloseInput {
  readonly paragraph: TextSpan;
  /** Offset of the opening mark that has no closing one (may lie in an earlier paragraph). */
  readonly open: number;
  readonly sentences: readonly TextSpan[];
  readonly barriers: readonly number[];
  readonly attributions: readonly number[];
}

/**
 * Where a quote whose closing mark is missing ends, and why there: before an
 * attribution clause in its first sentence ("“We will win, Blinken said."),
 * else before the first later sentence of narration with a speech cue ("…
 * Blinken added."), which cannot be part of the quote, else at its
 * paragraph's end (the Blinken quote after "He said, “" runs to the end of
 * its paragraph and no further).
 */
export function repairMissingClose(input: MissingCloseInput): { end: number; how: string } {
  const { paragraph, open, sentences, barriers, attributions } = input;
  const openSentence = spanAt(sentences, open);
  const from = Math.max(paragraph.start, openSentence ? openSentence.end : open + 1);
  const a = attributions[firstAtOrAfter(attributions, open + 1)];
  if (a !== undefined && a < from && a < paragraph.end) return { end: a, how: 'ended before its attribution' };
  const j = firstAtOrAfter(barriers, from);
  const barrier = j < barriers.length ? barriers[j]! : Infinity;
  if (barrier >= paragraph.end) return { end: paragraph.end, how: 'ended at paragraph end' };
  const s = spanAt(sentences, barrier);
  return { end: Math.max(open + 1, s ? s.start : barrier), how: 'ended before a cue sentence' };
}
