import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { rangeResult, startsWord } from './common.js';

const PATTERN =
  /((?:1[89]|2[01])\d\d)\s{1,3}(?:(?:presidential|parliamentary|general|legislative|midterm|local|federal|municipal|regional|national|state|european|summer|winter)\s{1,3})?(?:elections?|midterms|polls|olympics|olympic\s{1,3}games|world\s{1,3}cup|census|budget|summit|campaign|games)(?![\p{L}\p{N}])/iu;

/**
 * A year that names an event's year: "the 2020 election", "2022 midterms",
 * "the 2008 Olympics". The text is the year alone.
 */
export class EventYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const before = context.text.charAt(index - 1);
    if (/[$€£¥#.,\-–/]/.test(before)) return null;
    const year = Number(match[1]);
    return rangeResult(context, {
      index,
      text: match[1] ?? '',
      range: { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } },
      precision: 'year',
      parser: 'EventYearParser',
      yearCertain: true,
    });
  }
}
