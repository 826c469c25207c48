import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, calendarUnit, compareYmd, type CalendarUnit, type DayRange } from '../calendar.js';
import { partOf, partWord, rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = new RegExp(
  '(?:(early|mid|late|later|earlier)[\\s-]{1,2}(this|next|last|in\\s{1,3}the)' +
    '|(beginning|start|middle|end)\\s{1,3}of\\s{1,3}(this|next|last|the))' +
    '\\s{1,3}(week|month|year)(?![\\p{L}\\p{N}])',
  'iu',
);

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'next' ? 1 : w === 'last' ? -1 : 0;
}

/**
 * A part of the week, month or year around the reference:
 * - "later this week" = the day after the reference to Sunday (weeks run Monday–Sunday),
 *   "earlier this week" = Monday to the day before (both clamp to one day at the week's edge);
 *   likewise "later this month / year", "earlier in the month";
 * - "early next week", "mid-last month", "late this year", "end of the month" = that third
 *   of the unit (see partOf).
 */
export class PartOfRelativePeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const word = (match[1] ?? match[3] ?? '').toLowerCase();
    const offset = offsetOf(match[2] ?? match[4] ?? '');
    const unit = (match[5] ?? 'week').toLowerCase() as CalendarUnit;
    const reference = referenceDay(context);
    const whole = calendarUnit(reference, unit, offset);
    let range: DayRange;
    if (offset === 0 && word === 'later') {
      const next = addDays(reference, 1);
      range = compareYmd(next, whole.end) > 0 ? { start: whole.end, end: whole.end } : { start: next, end: whole.end };
    } else if (offset === 0 && word === 'earlier') {
      const previous = addDays(reference, -1);
      range =
        compareYmd(previous, whole.start) < 0 ? { start: whole.start, end: whole.start } : { start: whole.start, end: previous };
    } else {
      range = partOf(whole, unit, partWord(word));
    }
    return rangeResult(context, {
      index,
      text: match[0],
      range,
      precision: 'span',
      parser: 'PartOfRelativePeriodParser',
      yearCertain: false,
    });
  }
}
