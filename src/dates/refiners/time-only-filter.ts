import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';

/**
 * Drops what carries no date: times alone ("at 10 a.m.", "noon"), offsets in
 * hours or minutes ("in two hours"), and "now". A time with a date part keeps
 * its date ("Monday at 10 a.m." is Monday); "tonight" is the reference day.
 */
export class TimeOnlyFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const tags = tagsOf(r);
      if (tags.has('result/relativeDateAndTime') || tags.has('casualReference/now')) return false;
      const s = r.start;
      return s.isCertain('year') || s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday');
    });
  }
}
