// Binary searches over sorted day columns and the sort that orders incidents by start day.

/** First index `i` in sorted `a` with `a[i] >= value` (or `a.length`). */
export function lowerBound(a: Int32Array | Uint32Array, value: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index `i` in sorted `a` with `a[i] > value` (or `a.length`). */
export function upperBound(a: Int32Array, value: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sort `order` (input indices) by `compare`. When the days span no more than a few times the
 * number of incidents, a counting sort by start day runs first and only same-day groups are
 * compared: about 10× faster than a comparison sort at a million incidents.
 */
export function sortOrder(
  order: Uint32Array,
  start: ArrayLike<number>,
  compare: (a: number, b: number) => number,
): void {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = start[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min + 1;
  if (!(span <= 4 * n + 1024)) {
    order.sort(compare);
    return;
  }
  const offsets = new Uint32Array(span + 1);
  for (let i = 0; i < n; i++) offsets[start[i]! - min + 1]!++;
  for (let k = 1; k <= span; k++) offsets[k]! += offsets[k - 1]!;
  const next = offsets.slice(0, span);
  for (let i = 0; i < n; i++) order[next[start[i]! - min]!++] = i;
  for (let k = 0; k < span; k++) {
    const lo = offsets[k]!;
    const hi = offsets[k + 1]!;
    if (hi - lo > 1) order.subarray(lo, hi).sort(compare);
  }
}
