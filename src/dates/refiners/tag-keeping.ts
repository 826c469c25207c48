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
 */
export class TagKeepingRefiner implements Refiner {
  readonly #inner: Refiner;
  readonly #tag: string;

  constructor(inner: Refiner) {
    this.#inner = inner;
    this.#tag = `refiner/${inner.constructor.name}`;
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const before = results.map((r) => ({ start: r.index, end: r.index + r.text.length, tags: r.tags() }));
    const out = this.#inner.refine(context, results);
    for (const r of out) {
      if (hasParserTag(r)) continue;
      const end = r.index + r.text.length;
      for (const b of before) if (b.start < end && r.index < b.end) r.addTags(b.tags);
      r.addTag(this.#tag);
    }
    return out;
  }
}
