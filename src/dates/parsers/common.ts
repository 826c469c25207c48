import { ParsingResult, type ParsingComponents, type ParsingContext } from 'chrono-node';
import type { DatePrecision } from '../../doc/layers.js';
import { addDays, daysInMonth, type CalendarUnit, type DayRange, type Ymd } from '../calendar.js';

/** Tag a parser puts on a result whose precision it knows better than its components say. */
export const PRECISION_TAG = 'attache/precision/';

/** The reference day: findDates hands chrono a local-time noon on the article's date. */
export function referenceDay(context: ParsingContext): Ymd {
  const d = context.reference.instant;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `index` starts a word. chrono re-runs a pattern on a substring after
 * a failed match, so a lookbehind in the pattern cannot see the character before.
 */
export function startsWord(text: string, index: number): boolean {
  return index <= 0 || !WORD_CHAR.test(text.charAt(index - 1));
}

/** True when `index` ends a word (the next character is not a letter or digit). */
export function endsWord(text: string, index: number): boolean {
  return index >= text.length || !WORD_CHAR.test(text.charAt(index));
}

export interface RangeResultOptions {
  /** Index of the expression in the chrono context's text. */
  readonly index: number;
  readonly text: string;
  readonly range: DayRange;
  readonly precision: DatePrecision;
  /** Parser name, recorded as the tag `parser/<name>`. */
  readonly parser: string;
  /** Whether the year was written (false: it was inferred from the reference). */
  readonly yearCertain: boolean;
}

function components(context: ParsingContext, day: Ymd, yearCertain: boolean): ParsingComponents {
  const c = context.createParsingComponents({ month: day.month, day: day.day });
  if (yearCertain) c.assign('year', day.year);
  else c.imply('year', day.year);
  return c;
}

/** A chrono result for an inclusive day range with a known precision. */
export function rangeResult(context: ParsingContext, o: RangeResultOptions): ParsingResult {
  const result = new ParsingResult(
    context.reference,
    o.index,
    o.text,
    components(context, o.range.start, o.yearCertain),
    components(context, o.range.end, o.yearCertain),
  );
  result.addTag(`parser/${o.parser}`);
  result.addTag(`${PRECISION_TAG}${o.precision}`);
  return result;
}

export type Part = 'early' | 'mid' | 'late';

/**
 * The early, mid or late third of a calendar unit (documented choice):
 * - month: days 1–10, 11–20, 21–end (the gold has "early April" = Apr 1–10);
 * - week (Mon–Sun): Mon–Wed, Wed–Fri, Fri–Sun;
 * - year: Jan–Apr, May–Aug, Sep–Dec.
 * "beginning/start of" reads as early, "middle of" as mid, "end of" as late.
 */
export function partOf(range: DayRange, unit: CalendarUnit, part: Part): DayRange {
  const { start } = range;
  if (unit === 'year') {
    const first = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
    return {
      start: { year: start.year, month: first, day: 1 },
      end: { year: start.year, month: first + 3, day: daysInMonth(start.year, first + 3) },
    };
  }
  if (unit === 'week') {
    const [a, b] = part === 'early' ? [0, 2] : part === 'mid' ? [2, 4] : [4, 6];
    return { start: addDays(start, a), end: addDays(start, b) };
  }
  const last = daysInMonth(start.year, start.month);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { start: { ...start, day: a }, end: { ...start, day: b } };
}

/** early / mid / late from the words that say it. */
export function partWord(word: string): Part {
  const w = word.toLowerCase();
  if (w === 'early' || w === 'beginning' || w === 'start' || w === 'earlier') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  return 'late';
}
