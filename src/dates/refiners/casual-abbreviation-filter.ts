import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const CHAT_ABBREVIATION = /^(?:tmr|tmrw)$/i;

/**
 * Drops chrono's chat abbreviations for tomorrow ("tmr", "tmrw"): in news they
 * are acronyms or e-mail names ("TMR@NSCAI.GOV"), never dates.
 */
export class CasualAbbreviationFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !CHAT_ABBREVIATION.test(r.text.trim()));
  }
}
