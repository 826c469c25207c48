import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { rangeResult, startsWord } from './common.js';

const YEAR = '(?:1[89]|2[01])\\d\\d';

const PATTERN = new RegExp(
  '((?:in|since|by|until|till|before|after|during|from|through|throughout|between|year)\\s{1,3})' +
    `(${YEAR})` +
    `(?:\\s{0,2}[-–—]\\s{0,2}(${YEAR}|\\d\\d)|\\s{1,3}(?:to|and|until|through)\\s{1,3}(${YEAR}))?` +
    '(?![\\p{L}\\p{N}]|[.,:/]\\d|\\s{0,2}%)',
  'iu',
);

/** Words after a number that make it a count, not a year ("by 2000 votes"). */
const COUNT_NOUN =
  /^\s{1,3}(?:votes?|people|persons|residents|troops|soldiers|police|officers|workers|members|delegates|seats|points|times|units|cases|deaths|tons|tonnes|barrels|dollars|euros|yuan|yen|pounds|rubles|km|kilometers|kilometres|miles|meters|metres|feet|percent|per\s+cent)(?![\p{L}])/iu;

/**
 * A four-digit year (1800–2199) only where a guard word makes it one:
 * "in 2020", "since 2019", "by 2025", "the year 2020", "from 2019 to 2021",
 * "2019-20" after a guard. The text is the year (or years) without the guard.
 * Bare numbers ("2020 votes", "1,000 troops") are never years here.
 */
export class GuardedYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const matchIndex = match.index ?? 0;
    if (!startsWord(context.text, matchIndex)) return null;
    const end = matchIndex + match[0].length;
    if (COUNT_NOUN.test(context.text.slice(end, end + 24))) return null;
    const first = Number(match[2]);
    let last = first;
    let text = match[0].slice((match[1] ?? '').length);
    const second = match[3] ?? match[4];
    if (second !== undefined) {
      last = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
      if (last <= first || last - first > 100) {
        last = first;
        text = match[2] ?? '';
      }
    }
    return rangeResult(context, {
      index: matchIndex + (match[1] ?? '').length,
      text,
      range: { start: { year: first, month: 1, day: 1 }, end: { year: last, month: 12, day: 31 } },
      precision: last === first ? 'year' : 'span',
      parser: 'GuardedYearParser',
      yearCertain: true,
    });
  }
}
