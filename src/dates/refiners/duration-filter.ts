import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';

const DEICTIC_OFFSET = /^(?:in|within)\s/i;
const VAGUE = /(?<![\p{L}])the(?![\p{L}])/iu;

/**
 * Keeps chrono's "in N units" offsets ("in three weeks", "within two days") and
 * drops durations that name no date: "for five years", "for 41 years", and
 * vague plurals like "in the months (to come)".
 */
export class DurationFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!tagsOf(r).has('parser/ENTimeUnitWithinFormatParser')) return true;
      return DEICTIC_OFFSET.test(r.text) && !VAGUE.test(r.text);
    });
  }
}
