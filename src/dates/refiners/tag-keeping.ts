import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

function hasParserTag(r: ParsingResult): boolean {
  for (const tag of r.tags()) if (tag.startsWith('parser/')) return true;
  return false;
}

/**
 * Wraps one of chrono's refiners so that a result it rebuilds keeps the tags of
 * the results it came from (chrono's clone() drops tags), plus
 * `refiner/<ClassName>`: "Friday, May 28" is then
 * ENWeekdayParser+ENMonthNameMiddleEndianParser+MergeWeekdayComponentRefiner.
 * Results the refiner passes through unchanged are not looked at.
 */
export class TagKeepingRefiner implements Refiner {
  readonly #inner: Refiner;
  readonly #tag: string;

  constructor(inner: Refiner) {
    this.#inner = inner;
    this.#tag = `refiner/${inner.constructor.name}`;
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const inputs = new Set(results);
    const spans = results.map((r) => ({ r, start: r.index, end: r.index + r.text.length }));
    const out = this.#inner.refine(context, results);
    for (const r of out) {
      if (inputs.has(r) || hasParserTag(r)) continue;
      const end = r.index + r.text.length;
      for (const b of spans) if (b.start < end && r.index < b.end) r.addTags(b.r.tags());
      r.addTag(this.#tag);
    }
    return out;
  }
}
