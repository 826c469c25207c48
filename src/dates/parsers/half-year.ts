import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { relativeOffset } from '../vocabulary.js';
import { rangeResult, referenceDay, startsWord } from './common.js';

const PATTERN =
  /(?:H([12])\s{0,2}|(first|second|latter)\s{1,3}half\s{1,3}of\s{1,3})(?:((?:1[89]|2[01])\d\d)|(?:the|(this|next|last))\s{1,3}year)(?![\p{L}\p{N}])/iu;

/**
 * Half a year: "H1 2021", "the first half of 2021", "the second half of this year",
 * "the latter half of the year" (the reference's year).
 */
export class HalfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const first = match[1] === '1' || (match[2] ?? '').toLowerCase() === 'first';
    const written = match[3] ? Number(match[3]) : null;
    const year = written ?? referenceDay(context).year + relativeOffset(match[4] ?? 'this');
    return rangeResult(context, {
      index,
      text: match[0],
      range: first
        ? { start: { year, month: 1, day: 1 }, end: { year, month: 6, day: 30 } }
        : { start: { year, month: 7, day: 1 }, end: { year, month: 12, day: 31 } },
      precision: 'span',
      parser: 'HalfYearParser',
      yearCertain: written !== null,
    });
  }
}
