import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths, type Ymd } from '../calendar.js';
import { NUMBER_PATTERN, numberValue } from '../vocabulary.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = new RegExp(
  '(?:(the)\\s{1,3})?(past|last|next|coming)\\s{1,3}' +
    `(?:(${NUMBER_PATTERN})\\s{1,3})?` +
    '(hours?|days?|weeks?|months?|years?|decades?)(?![\\p{L}\\p{N}])',
  'iu',
);

function shift(day: Ymd, unit: string, n: number): Ymd {
  if (unit.startsWith('hour')) return addDays(day, Math.sign(n) * Math.ceil(Math.abs(n) / 24));
  if (unit.startsWith('day')) return addDays(day, n);
  if (unit.startsWith('week')) return addDays(day, 7 * n);
  if (unit.startsWith('month')) return addMonths(day, n);
  if (unit.startsWith('year')) return addMonths(day, 12 * n);
  return addMonths(day, 120 * n);
}

/**
 * A rolling period that ends or starts on the reference day: "the past two weeks"
 * = [ref − 14 days, ref], "the next three months" = [ref, ref + 3 months],
 * "the past 24 hours", "the last year" (with "the": rolling; bare "last year" is
 * the calendar year, RelativePeriodParser; "the previous week" is the calendar
 * week before, too). Vague plurals ("the past weeks") and
 * "the last week of March" are left alone.
 */
export class RollingPeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const hasThe = match[1] !== undefined;
    const modifier = (match[2] ?? '').toLowerCase();
    const unit = (match[4] ?? '').toLowerCase();
    const plural = unit.endsWith('s');
    let n: number | null;
    if (match[3] !== undefined) {
      n = numberValue(match[3]);
    } else {
      // "the next day" is the day after some event, not after the article date.
      if (plural || unit === 'day' || !(hasThe || modifier === 'past')) return null;
      n = 1;
    }
    if (n === null || n < 1 || n > 1000) return null;
    // "the last week of March" is a week of March, not a rolling week.
    const after = context.text.slice(index + match[0].length, index + match[0].length + 5);
    if (/^\s+of\s/i.test(after)) return null;
    const reference = referenceDay(context);
    const future = modifier === 'next' || modifier === 'coming';
    const range = future
      ? { start: reference, end: shift(reference, unit, n) }
      : { start: shift(reference, unit, -n), end: reference };
    return rangeResult(context, {
      index,
      text: match[0],
      range,
      precision: 'span',
      parser: 'RollingPeriodParser',
      yearCertain: false,
    });
  }
}
