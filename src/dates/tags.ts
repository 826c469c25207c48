import type { ParsingResult } from 'chrono-node';
import { PRECISION_TAG } from './parsers/common.js';

const cache = new WeakMap<ParsingResult, ReadonlySet<string>>();

/**
 * A result's tags, computed once per result object: chrono builds a fresh Set
 * on every tags() call, which the filters would otherwise do for every result
 * in every refiner. Tags added after the first call (by refiners) are not seen;
 * the filters only ask about the parser tags, which are fixed by then.
 */
export function tagsOf(r: ParsingResult): ReadonlySet<string> {
  let tags = cache.get(r);
  if (!tags) {
    tags = r.tags();
    cache.set(r, tags);
  }
  return tags;
}

/** A result made by one of Attaché's parsers (they all tag their precision). */
export function isAttacheResult(r: ParsingResult): boolean {
  for (const tag of tagsOf(r)) if (tag.startsWith(PRECISION_TAG)) return true;
  return false;
}
