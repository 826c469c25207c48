import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { rangeResult, startsWord } from './common.js';

const PATTERN = /(?:(early|mid|late)[\s-]{1,2})?((?:1[89]|20)\d)0['’]?s(?![\p{L}\p{N}])/iu;

/** A decade: "the 1990s" (1990–1999), "the early 1980s" (1980–1983), "mid-1990s" (1994–1996), "late 1990s" (1997–1999). */
export class DecadeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const decade = Number(match[2]) * 10;
    const part = (match[1] ?? '').toLowerCase();
    const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
    return rangeResult(context, {
      index,
      text: match[0],
      range: { start: { year: decade + a, month: 1, day: 1 }, end: { year: decade + b, month: 12, day: 31 } },
      precision: 'span',
      parser: 'DecadeParser',
      yearCertain: true,
    });
  }
}
