/** Index of the first item whose key is >= value in a list sorted by that key, or list.length. */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after an offset, in spans sorted by start. */
export function firstStartingAt<T extends { readonly start: number }>(spans: readonly T[], offset: number): number {
  return lowerBound(spans, offset, (s) => s.start);
}
