import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export { isAttacheResult } from '../tags.js';

/**
 * Runs one of chrono's filters on the results it should judge, passing the
 * exempt ones through. chrono's UnlikelyFormatFilter drops any result whose text
 * is all digits — right for chrono's parsers, wrong for a guarded year ("in
 * 2020" → "2020"); ENUnlikelyFormatFilter keeps a bare "May" only after "in",
 * while AmbiguousMonthFilter has already vetted it ("since May" stays).
 */
export class FilterExemption implements Refiner {
  readonly #inner: Refiner;
  readonly #exempt: (r: ParsingResult) => boolean;

  constructor(inner: Refiner, exempt: (r: ParsingResult) => boolean) {
    this.#inner = inner;
    this.#exempt = exempt;
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const exempt = results.filter(this.#exempt);
    if (exempt.length === 0) return this.#inner.refine(context, results);
    const judged = this.#inner.refine(
      context,
      results.filter((r) => !this.#exempt(r)),
    );
    return [...exempt, ...judged].sort((a, b) => a.index - b.index);
  }
}
