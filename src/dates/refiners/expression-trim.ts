import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:(?:on|from)\s{1,3}|[,(（]\s{0,3})/iu;
const TRAILING = /(?:\s{0,3}[,)）]|\s{1,3}of|[\s,\-–—]+)$/iu;

/**
 * Trims what chrono's patterns take around an expression — "on Friday" → "Friday",
 * "(Friday)" → "Friday", "April of" → "April" — so the text is the date itself.
 */
export class ExpressionTrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      for (let i = 0; i < 4; i++) {
        const lead = LEADING.exec(r.text);
        const trail = TRAILING.exec(r.text);
        if (!lead && !trail) break;
        if (lead && lead[0].length < r.text.length) {
          r.index += lead[0].length;
          r.text = r.text.slice(lead[0].length);
        }
        if (trail && trail[0].length < r.text.length) r.text = r.text.slice(0, r.text.length - trail[0].length);
      }
    }
    return results.filter((r) => r.text.trim() !== '');
  }
}
