import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { calendarUnit } from '../calendar.js';
import { partOf, partWord, rangeResult, startsWord } from './common.js';

const PATTERN = /(?:(early|mid|late)[\s-]{1,2}|(beginning|start|middle|end)\s{1,3}of\s{1,3})((?:1[89]|2[01])\d\d)(?![\p{L}\p{N}]|[.,]\d)/iu;

/** A part of a written year: "early 2020" (Jan–Apr), "mid-2020" (May–Aug), "late 2020" / "end of 2020" (Sep–Dec). */
export class PartOfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const year = Number(match[3]);
    const part = partWord(match[1] ?? match[2] ?? '');
    return rangeResult(context, {
      index,
      text: match[0],
      range: partOf(calendarUnit({ year, month: 1, day: 1 }, 'year', 0), 'year', part),
      precision: 'span',
      parser: 'PartOfYearParser',
      yearCertain: true,
    });
  }
}
