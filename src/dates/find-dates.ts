import type { Chrono, ParsedResult } from 'chrono-node';
import type { Proposal } from '../doc/annotation.js';
import type { DateMention } from '../doc/layers.js';
import { parseIso, type Ymd } from './calendar.js';
import { chunkSpan } from './chunks.js';
import { createDateChrono } from './configuration.js';
import { resolveResult, ruleOf } from './resolve.js';
import { triggerWindows } from './trigger.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Two far-apart stand-in references for text without an article date: a value
 * is kept only where both give the same one, i.e. where it does not depend on
 * the reference ("March 16, 2021" resolves, "Jan. 20" and "last week" get null).
 */
const STAND_INS: readonly Ymd[] = [
  { year: 1987, month: 7, day: 22 },
  { year: 2013, month: 2, day: 9 },
];

let shared: Chrono | null = null;

/** The configured chrono; built once (it holds no per-call state). */
function dateChrono(): Chrono {
  shared ??= createDateChrono();
  return shared;
}

/** chrono reads the reference as a local-time instant; noon keeps DST shifts off the date. */
function instant(day: Ymd): Date {
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(day.year, day.month - 1, day.day);
  return d;
}

function parse(chrono: Chrono, text: string, day: Ymd): ParsedResult[] {
  try {
    return chrono.parse(text, { instant: instant(day) }, { forwardDate: false });
  } catch {
    // chrono should not throw; if it ever does, this piece of text has no dates.
    return [];
  }
}

function valueKey(r: ParsedResult): string | null {
  const resolved = resolveResult(r);
  return resolved ? `${resolved.value.start}/${resolved.value.end}/${resolved.precision}` : null;
}

/** The mentions in one piece of text (already cut to a chunk), with offsets into the whole text. */
function findInChunk(text: string, chunkStart: number, chunkEnd: number, reference: Ymd | null): Proposal<DateMention>[] {
  const piece = text.slice(chunkStart, chunkEnd);
  const chrono = dateChrono();
  const results = parse(chrono, piece, reference ?? (STAND_INS[0] as Ymd));
  let agree: Set<string> | null = null;
  if (reference === null && results.length > 0) {
    agree = new Set();
    for (const r of parse(chrono, piece, STAND_INS[1] as Ymd)) agree.add(`${r.index}:${r.text}:${valueKey(r)}`);
  }
  const out: Proposal<DateMention>[] = [];
  for (const r of results) {
    const resolved = resolveResult(r);
    if (!resolved || r.text.length === 0) continue;
    const start = chunkStart + r.index;
    const end = start + r.text.length;
    if (r.index < 0 || end > chunkEnd || text.slice(start, end) !== r.text) continue;
    const independent = agree === null || agree.has(`${r.index}:${r.text}:${valueKey(r)}`);
    out.push({
      start,
      end,
      text: r.text,
      value: independent ? resolved.value : null,
      precision: resolved.precision,
      rule: ruleOf(r),
    });
  }
  return out;
}

/**
 * Every date expression inside the given spans (sentences), resolved against
 * `reference` (the article's date, YYYY-MM-DD) as an inclusive ISO range with a
 * precision. Without a reference (or with an invalid one), a relative
 * expression gets `value: null`; a date with its year written still resolves.
 * Mentions come sorted by start and never overlap; offsets are JavaScript
 * string indices into `text`. Never throws.
 */
export function findDates(
  text: string,
  spans: readonly TextSpan[],
  reference: string | null,
): Proposal<DateMention>[] {
  const ref = reference === null ? null : parseIso(reference);
  const found: Proposal<DateMention>[] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
    const end = Math.max(start, Math.min(text.length, Math.floor(span.end)));
    if (!(end > start)) continue;
    for (const window of triggerWindows(text, start, end)) {
      for (const chunk of chunkSpan(text, window.start, window.end)) found.push(...findInChunk(text, chunk.start, chunk.end, ref));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Proposal<DateMention>[] = [];
  let lastEnd = -1;
  for (const m of found) {
    if (m.start < lastEnd) continue;
    mentions.push(m);
    lastEnd = m.end;
  }
  return mentions;
}
