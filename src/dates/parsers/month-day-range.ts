import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isValidYmd, nearestYear } from '../calendar.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = new RegExp(
  `(${MONTH_PATTERN})\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2}[-–—]\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?` +
    '(?:\\s{0,2},?\\s{0,2}(\\d{4}))?(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * Days of one month joined by a dash with or without spaces, which chrono
 * reads only as "March 5-7": "June 27 – 30", "September 25–27, 2020".
 */
export class MonthDayRangeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const month = monthNumber(match[1] ?? '');
    const first = Number(match[2]);
    const last = Number(match[3]);
    if (month === null || !(last > first)) return null;
    const written = match[4] ? Number(match[4]) : null;
    const year = written ?? nearestYear(referenceDay(context), month, first);
    if (!isValidYmd(year, month, first) || !isValidYmd(year, month, last)) return null;
    return rangeResult(context, {
      index,
      text: match[0],
      range: { start: { year, month, day: first }, end: { year, month, day: last } },
      precision: 'span',
      parser: 'MonthDayRangeParser',
      yearCertain: written !== null,
    });
  }
}
