/** Binary search, once: the sorted lists of the model (paragraphs, tokens, findings, quotations). */

/**
 * The first index in `[0, n)` at which `reached(i)` holds, or `n` when it never does. `reached`
 * must be false for a prefix of the range and true from there on, as "its end is past the
 * offset" is along a sorted list of ranges.
 */
export function firstIndex(n: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
