import { speakersIn, type QuoteContext, type SpeakerMention } from './context.js';
import type { Cue } from './cues.js';

/**
 * The subject of a speech verb, looked for between `from` and the verb: the
 * nearest speaker mention, except that a comma-closed aside between subject and
 * verb ("Blinken, who met Motegi on Tuesday, said") is stepped over, so the
 * speaker is the mention before the aside, not the one inside it.
 */
export function subjectBefore(ctx: QuoteContext, windowStart: number, cue: Cue): SpeakerMention | null {
  const from = Math.max(windowStart, cue.start - SUBJECT_REACH);
  const candidates = speakersIn(ctx, from, cue.start);
  const last = candidates[candidates.length - 1];
  if (last === undefined) return null;
  const closing = lastNonSpace(ctx.text, last.to, cue.start);
  if (closing >= 0 && ctx.text[closing] === ',') {
    const opening = lastIndexBetween(ctx.text, ',', from, last.from);
    if (opening >= 0) {
      for (let i = candidates.length - 1; i >= 0; i--) {
        if (candidates[i]!.to <= opening) return candidates[i]!;
      }
    }
  }
  return last;
}

/**
 * The speaker after a verb or source cue: inverted attribution ("said
 * Motegi", "said the minister") or "according to the Pentagon". Only a few
 * words may stand between, and no punctuation.
 */
export function subjectAfter(ctx: QuoteContext, cue: Cue, until: number): SpeakerMention | null {
  const next = speakersIn(ctx, cue.end, until)[0];
  if (next === undefined) return null;
  const gap = ctx.text.slice(cue.end, next.from);
  if (gap.length > MAX_INVERTED_GAP || /[.,;:!?"“”]/u.test(gap)) return null;
  return next;
}

// How far before its verb a subject may stand, aside included ("Blinken, who
// is making his first foreign trip since taking office, said"). A bound keeps
// each look constant however long a sentence is.
const SUBJECT_REACH = 250;

// "said on Tuesday the minister" is as far as inversion stretches in news.
const MAX_INVERTED_GAP = 16;

function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!/\s/u.test(text[i]!)) return i;
  return -1;
}

function lastIndexBetween(text: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return i;
  return -1;
}
