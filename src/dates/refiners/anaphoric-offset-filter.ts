import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';

const ANCHORED_ELSEWHERE = /(?<![\p{L}])(?:later|after|before|earlier|henceforth|forward|out)$/iu;

/**
 * Drops offsets counted from some other event, not from the article's date:
 * "a week later", "two months after", "a day before", "three years earlier".
 * Their anchor is in the narrative, so resolving them against the article date
 * would be wrong. Offsets from now stay: "two days ago", "five years from now".
 */
export class AnaphoricOffsetFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const tags = tagsOf(r);
      if (!tags.has('parser/ENTimeUnitLaterFormatParser') && !tags.has('parser/ENTimeUnitAgoFormatParser')) return true;
      return !ANCHORED_ELSEWHERE.test(r.text.trim());
    });
  }
}
