import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { calendarUnit, yearForMonth } from '../calendar.js';
import { futureCue } from '../tense.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';
import { partOf, partWord, rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = new RegExp(
  '(?:(early|mid|late)[\\s-]{1,2}|(beginning|start|middle|end)\\s{1,3}of\\s{1,3})' +
    `(${MONTH_PATTERN})` +
    '(?:\\s{0,2},?\\s{0,2}(?:of\\s{1,3})?(\\d{4})(?!\\d))?' +
    '(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * A part of a named month: "early April" (1–10), "mid-March" (11–20),
 * "late April" / "end of April" (21–end), "beginning of May 2020".
 * Without a year, the year by tense (calendar.yearForMonth).
 */
export class PartOfMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const month = monthNumber(match[3] ?? '');
    if (month === null) return null;
    const part = partWord(match[1] ?? match[2] ?? '');
    const written = match[4] ? Number(match[4]) : null;
    const year = written ?? yearForMonth(referenceDay(context), month, futureCue(context.text, index, index + match[0].length));
    const range = partOf(calendarUnit({ year, month, day: 1 }, 'month', 0), 'month', part);
    return rangeResult(context, {
      index,
      text: match[0],
      range,
      precision: 'span',
      parser: 'PartOfMonthParser',
      yearCertain: written !== null,
    });
  }
}
