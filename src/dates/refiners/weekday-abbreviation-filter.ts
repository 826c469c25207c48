import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';
import { FULL_WEEKDAYS } from '../vocabulary.js';

const WEEKDAY_WORD = /[\p{L}]+/gu;

/**
 * Drops weekdays written as abbreviations when they stand alone ("Sun Yat-sen",
 * "Sat Nam", "Wed" in a headline): news writes weekdays in full. A weekday
 * inside a full date ("Sun, March 5") comes from another parser and stays.
 * chrono's "weekend" / "weekday" go too: "have a nice weekend" names no date,
 * and RelativePeriodParser reads "this / last / next / over the weekend".
 */
export class WeekdayAbbreviationFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!tagsOf(r).has('parser/ENWeekdayParser')) return true;
      const words = r.text.match(WEEKDAY_WORD) ?? [];
      return words.some((w) => FULL_WEEKDAYS.has(w.toLowerCase()));
    });
  }
}
