import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { daysInMonth, nearestYear } from '../calendar.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN =
  /(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|final)\s{1,3}quarter)(?:\s{0,2},?\s{0,2}(?:of\s{1,3})?((?:1[89]|2[01])\d\d)(?![\p{N}]))?(?![\p{L}\p{N}])/iu;

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

/**
 * A calendar quarter: "Q1 2021", "the first quarter of 2021", "the third quarter".
 * Without a year, the year that puts the quarter nearest the reference
 * ("the fourth quarter" in a March 2021 article is Q4 2020).
 */
export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const quarter = match[1] ? Number(match[1]) : ORDINAL[(match[2] ?? '').toLowerCase()];
    if (quarter === undefined) return null;
    const firstMonth = quarter * 3 - 2;
    const written = match[3] ? Number(match[3]) : null;
    const year = written ?? nearestYear(referenceDay(context), firstMonth + 1, 15);
    return rangeResult(context, {
      index,
      text: match[0],
      range: {
        start: { year, month: firstMonth, day: 1 },
        end: { year, month: firstMonth + 2, day: daysInMonth(year, firstMonth + 2) },
      },
      precision: 'span',
      parser: 'QuarterParser',
      yearCertain: written !== null,
    });
  }
}
