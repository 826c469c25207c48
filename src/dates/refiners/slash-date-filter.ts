import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';

/**
 * Drops slash dates without a year ("24/7", "9/11", "1/2"): in news they are
 * ratios, fractions or names far more often than dates. "3/16/2021" stays.
 */
export class SlashDateFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter(
      (r) => !(tagsOf(r).has('parser/SlashDateFormatParser') && !r.start.isCertain('year')),
    );
  }
}
