import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isAttacheResult } from '../tags.js';

const TWO_DIGITS = /(?<!\d)\d\d(?!\d)/g;

/**
 * Drops chrono results whose year was read from two digits ("June 27-June 29"
 * read as 27 June 2029, "5 Nov 21"): in news a two-digit number after a date is
 * nearly always a day of a range. Attaché's own parsers never read two-digit years.
 */
export class TwoDigitYearFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (isAttacheResult(r)) return true;
      const year = r.start.isCertain('year') ? r.start.get('year') : null;
      if (year === null) return true;
      if (r.text.includes(String(year))) return true;
      const twoDigits = String(year % 100).padStart(2, '0');
      const numbers: readonly string[] = r.text.match(TWO_DIGITS) ?? [];
      return !numbers.includes(twoDigits);
    });
  }
}
