import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../doc/layers.js';
import { compareYmd, daysInMonth, isValidYmd, toIso, type Ymd } from './calendar.js';
import { PRECISION_TAG } from './parsers/common.js';

export interface ResolvedDate {
  readonly value: { readonly start: string; readonly end: string };
  readonly precision: DatePrecision;
}

type Granularity = 'day' | 'month' | 'year';

/** How much of a date chrono read from the text (weekday: chrono chose the day). */
function granularity(c: ParsedComponents): Granularity | null {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function ymd(c: ParsedComponents): Ymd | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** The first day of the unit holding `d`. */
function floor(d: Ymd, g: Granularity): Ymd {
  if (g === 'year') return { year: d.year, month: 1, day: 1 };
  if (g === 'month') return { year: d.year, month: d.month, day: 1 };
  return d;
}

/** The last day of the unit holding `d`. */
function ceil(d: Ymd, g: Granularity): Ymd {
  if (g === 'year') return { year: d.year, month: 12, day: 31 };
  if (g === 'month') return { year: d.year, month: d.month, day: daysInMonth(d.year, d.month) };
  return d;
}

/**
 * A chrono result as an inclusive day range with a precision. Attaché's own
 * parsers say their precision with a tag; for chrono's, it follows from what the
 * text fixed: a day (or weekday), a month, a year; a range of them is a span.
 * One day is always precision 'day'. Null when the result holds no date.
 */
export function resolveResult(result: ParsedResult): ResolvedDate | null {
  let precision: DatePrecision | null = null;
  for (const tag of result.tags()) {
    if (tag.startsWith(PRECISION_TAG)) precision = tag.slice(PRECISION_TAG.length) as DatePrecision;
  }
  const startDay = ymd(result.start);
  if (!startDay) return null;
  let start: Ymd;
  let end: Ymd;
  if (precision !== null) {
    start = startDay;
    const endDay = result.end ? ymd(result.end) : startDay;
    if (!endDay) return null;
    end = endDay;
  } else {
    const g = granularity(result.start);
    if (g === null) return null;
    start = floor(startDay, g);
    if (result.end) {
      const endDay = ymd(result.end);
      if (!endDay) return null;
      end = ceil(endDay, granularity(result.end) ?? g);
      precision = 'span';
    } else {
      end = ceil(startDay, g);
      precision = g;
    }
  }
  if (compareYmd(start, end) > 0) [start, end] = [end, start];
  if (compareYmd(start, end) === 0) precision = 'day';
  return { value: { start: toIso(start), end: toIso(end) }, precision };
}

/** The rule that made a result: its parsers, then its refiners, joined by '+'. */
export function ruleOf(result: ParsedResult): string {
  const parsers: string[] = [];
  const refiners: string[] = [];
  for (const tag of result.tags()) {
    if (tag.startsWith('parser/')) parsers.push(tag.slice('parser/'.length));
    else if (tag.startsWith('refiner/')) refiners.push(tag.slice('refiner/'.length));
  }
  const names = [...new Set(parsers)].concat([...new Set(refiners)]);
  return names.length > 0 ? names.join('+') : 'chrono';
}
