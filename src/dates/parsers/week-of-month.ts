import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { daysInMonth, yearForMonth } from '../calendar.js';
import { futureCue } from '../tense.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = new RegExp(
  `(first|second|third|fourth|last|final)\\s{1,3}week\\s{1,3}of\\s{1,3}(${MONTH_PATTERN})` +
    '(?:\\s{0,2},?\\s{0,2}(\\d{4})(?!\\d))?(?![\\p{L}\\p{N}])',
  'iu',
);

const FIRST_DAY: Readonly<Record<string, number>> = { first: 1, second: 8, third: 15, fourth: 22 };

/**
 * A week of a named month: "the first week of April" (1–7), "the second week
 * of May 2020" (8–14), "the last week of March" (the month's last seven days).
 */
export class WeekOfMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const month = monthNumber(match[2] ?? '');
    if (month === null) return null;
    const which = (match[1] ?? '').toLowerCase();
    const written = match[3] ? Number(match[3]) : null;
    const year = written ?? yearForMonth(referenceDay(context), month, futureCue(context.text, index, index + match[0].length));
    const last = daysInMonth(year, month);
    const first = FIRST_DAY[which] ?? last - 6;
    return rangeResult(context, {
      index,
      text: match[0],
      range: { start: { year, month, day: first }, end: { year, month, day: first + 6 } },
      precision: 'span',
      parser: 'WeekOfMonthParser',
      yearCertain: written !== null,
    });
  }
}
