import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays } from '../calendar.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN = /(this|yesterday|tomorrow)\s{1,3}(morning|afternoon|evening|night)(?![\p{L}\p{N}])/iu;

/**
 * A part of a day named relative to the reference: "this morning" (the
 * reference day), "yesterday afternoon", "tomorrow night". A day, since
 * Attaché's dates have day precision at most; chrono alone reads "this
 * morning" as a time without a date.
 */
export class PartOfDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const word = (match[1] ?? '').toLowerCase();
    const day = addDays(referenceDay(context), word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
    return rangeResult(context, {
      index,
      text: match[0],
      range: { start: day, end: day },
      precision: 'day',
      parser: 'PartOfDayParser',
      yearCertain: false,
    });
  }
}
