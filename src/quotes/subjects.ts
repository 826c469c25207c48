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
  const last = nearestEnding(candidates);
  if (last === null) return null;
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
  const candidates = speakersIn(ctx, cue.end, Math.min(until, cue.end + SUBJECT_REACH));
  const next = firstStarting(candidates);
  if (next === null) return null;
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

/**
 * The mention ending last; of mentions nested in one another ("U.S." inside
 * "U.S. Defense Secretary Austin") the outermost, which names the speaker.
 */
function nearestEnding(candidates: readonly SpeakerMention[]): SpeakerMention | null {
  let best: SpeakerMention | null = null;
  for (const c of candidates) if (best === null || c.to > best.to || (c.to === best.to && c.from < best.from)) best = c;
  return best;
}

/** The mention starting first; of several starting there, the longest (candidates are sorted by start, then end). */
function firstStarting(candidates: readonly SpeakerMention[]): SpeakerMention | null {
  let best: SpeakerMention | null = null;
  for (const c of candidates) {
    if (best !== null && c.from !== best.from) break;
    best = c;
  }
  return best;
}

function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!/\s/u.test(text[i]!)) return i;
  return -1;
}

function lastIndexBetween(text: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return i;
  return -1;
}
