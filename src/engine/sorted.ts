// Binary search over sorted lists, the one the engine uses wherever it asks "where in this sorted
// list does this offset fall" (tokens by their end, blocks by their start, mentions by position).

/** The first index in `list` (sorted by `keyOf`, ascending) whose key is at least `key`, or
 * list.length when there is none: where `key` would be inserted before its equals. */
export function lowerBound<T>(list: ArrayLike<T>, key: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
