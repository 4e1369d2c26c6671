/**
 * The one binary search: the first index in [0, length) at which a monotone test turns true
 * (length when it never does). Spans, tokens and marks are all kept sorted, so every lookup by
 * offset is this.
 */
export function firstIndex(length: number, isPast: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
