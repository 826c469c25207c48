import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, calendarUnit, isoWeekday, startOfWeek, type CalendarUnit, type DayRange } from '../calendar.js';
import { relativeOffset } from '../vocabulary.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN =
  /(?:(this|next|last|previous|coming)\s{1,3}(week|month|year|weekend)|(over|at|during|on)\s{1,3}(the\s{1,3}weekend))(?![\p{L}\p{N}])/iu;

/**
 * A whole calendar unit relative to the reference: "this week" (Monday–Sunday),
 * "next week", "last week", "this/next/last month", "this/next/last year",
 * "this/next/last weekend" (Saturday–Sunday), "over the weekend" (the latest
 * weekend up to the reference). "the past week" and "the last two weeks" are
 * rolling periods (RollingPeriodParser), which win by being longer.
 */
export class RelativePeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const matchIndex = match.index ?? 0;
    if (!startsWord(context.text, matchIndex)) return null;
    const reference = referenceDay(context);
    if (match[4]) {
      const monday = startOfWeek(reference);
      const weekStart = isoWeekday(reference) >= 6 ? monday : addDays(monday, -7);
      return rangeResult(context, {
        index: matchIndex + match[0].length - match[4].length,
        text: match[4],
        range: { start: addDays(weekStart, 5), end: addDays(weekStart, 6) },
        precision: 'span',
        parser: 'RelativePeriodParser',
        yearCertain: false,
      });
    }
    const offset = relativeOffset(match[1] ?? 'this');
    const unit = (match[2] ?? 'week').toLowerCase();
    let range: DayRange;
    if (unit === 'weekend') {
      const monday = addDays(startOfWeek(reference), offset * 7);
      range = { start: addDays(monday, 5), end: addDays(monday, 6) };
    } else {
      range = calendarUnit(reference, unit as CalendarUnit, offset);
    }
    return rangeResult(context, {
      index: matchIndex,
      text: match[0],
      range,
      precision: unit === 'weekend' ? 'span' : (unit as CalendarUnit),
      parser: 'RelativePeriodParser',
      yearCertain: false,
    });
  }
}
