// Binary search over lists kept in source order (offsets, tokens, edits), shared by the extractors,
// the JS walk and the fixer.

/** Index of the first item whose key is >= `at` in a list sorted by that key (the length when none). */
export function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value >= `at` in sorted `values` (the length when none): the walk's hot path, so no key function. */
export function firstValueAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
