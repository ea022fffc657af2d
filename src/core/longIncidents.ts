// Long incidents kept apart, so a narrow window does not pay for the longest incident. Incidents
// are sorted by start day; an incident overlapping the window `from..to` starts on or before `to`
// and, if it lasts at most `bound` days, on or after `from - bound`: one contiguous index range.
// The few that last longer are listed apart (`long`, ascending sorted indices); those that can
// still run into the window start in `[from - maxDuration, from - bound)`, one slice of that list,
// and all lie before the range. So a window's candidates are that slice, then the range: every
// overlapping incident, in index (draw) order, and a week window walks weeks, not the longest
// incident's year. Candidates are then checked with `end >= from` (the shader does it on the GPU).
// Pure: the GPU layer (scale/windowRange.ts) and IncidentStore share it.

import { lowerBound, upperBound } from './sortedSearch.ts';

/** How a dataset's incidents split into short (≤ `bound` days past their start) and long. */
export interface LongIndex {
  /** Longest `end - start` in days over all incidents. */
  maxDuration: number;
  /** Incidents lasting more than `bound` days (`end - start > bound`) are in `long`. */
  bound: number;
  /** Ascending sorted indices of the long incidents. */
  long: Uint32Array;
}

/** A window's candidates: `early[..]` (all before `lo`), then the index range `[lo, hi)`. */
export interface WindowParts {
  /** Long incidents starting in `[from - maxDuration, from - bound)`, ascending (a subarray). */
  early: Uint32Array;
  /** Position of `early[0]` in the long list it was cut from. */
  first: number;
  /** Index range of the incidents starting in `[from - bound, to]`. */
  lo: number;
  hi: number;
}

/**
 * The bound that makes a window's candidates fewest for a steady rate of incidents: a window walks
 * `bound` days of starts before it plus the long incidents of `maxDuration - bound` days, so the
 * cost per incident-day is `bound + share(duration > bound) × (maxDuration - bound)`. Tried at
 * every duration present (O(n) with a histogram of durations); on a tie, no long list,
 * else the smaller bound. 0 or `maxDuration` leaves `long` empty: one range, as before.
 */
export function chooseBound(start: ArrayLike<number>, end: ArrayLike<number>): LongIndex['bound'] {
  const n = start.length;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, end[i]! - start[i]!);
  let best = max;
  let bestCost = max;
  let longer = n; // incidents lasting more than the duration tried
  const consider = (d: number, count: number): void => {
    longer -= count;
    const cost = d + (longer / n) * (max - d);
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  };
  if (max <= 4 * n + 1024) {
    // A histogram of the durations (the usual case: they span few days).
    const counts = new Uint32Array(max + 1);
    for (let i = 0; i < n; i++) counts[end[i]! - start[i]!]!++;
    for (let d = 0; d <= max; d++) if (counts[d]) consider(d, counts[d]!);
  } else {
    const sorted = Int32Array.from({ length: n }, (_, i) => end[i]! - start[i]!).sort();
    for (let k = 0, run = 0; k < n; k++, run++) {
      if (k + 1 < n && sorted[k + 1] === sorted[k]) continue;
      consider(sorted[k]!, run + 1); // the last of a run of run + 1 equal durations
      run = -1;
    }
  }
  return best;
}

/** The long index of sorted columns `start`/`end` (ascending `start`), bound chosen by `chooseBound`. */
export function longIndex(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  bound?: number,
): LongIndex {
  const n = start.length;
  const b = bound ?? chooseBound(start, end);
  let maxDuration = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const d = end[i]! - start[i]!;
    if (d > maxDuration) maxDuration = d;
    if (d > b) count++;
  }
  const long = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) if (end[i]! - start[i]! > b) long[k++] = i;
  return { maxDuration, bound: Math.min(b, maxDuration), long };
}

/** Long indices already built, by the `start` column they were built over (see `sharedLongIndex`). */
const built = new WeakMap<object, { end: object; index: LongIndex }>();

/**
 * `longIndex(start, end)`, built once per pair of column arrays: the time store and the GPU
 * layer's attributes over the same sorted columns share one (choosing the bound is ~30–50 ms at
 * 1M under load). The columns must not change afterwards (sorted dataset columns never do).
 */
export function sharedLongIndex(start: ArrayLike<number>, end: ArrayLike<number>): LongIndex {
  const hit = built.get(start);
  if (hit && hit.end === end) return hit.index;
  const index = longIndex(start, end);
  built.set(start, { end, index });
  return index;
}

/** The long incidents among `passing` (ascending sorted indices): the filtered `long` list. */
export function longAmong(
  passing: Uint32Array,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  bound: number,
): Uint32Array {
  let count = 0;
  for (let k = 0; k < passing.length; k++) {
    const i = passing[k]!;
    if (end[i]! - start[i]! > bound) count++;
  }
  const out = new Uint32Array(count);
  let j = 0;
  for (let k = 0; k < passing.length; k++) {
    const i = passing[k]!;
    if (end[i]! - start[i]! > bound) out[j++] = i;
  }
  return out;
}

/** First position `k` in `list` (ascending sorted indices) with `start[list[k]] >= day`. */
function firstStarting(list: Uint32Array, start: Int32Array, day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[list[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The slice `[j0, j1)` of `long` (ascending sorted indices, all lasting more than `bound` days)
 * that can still run into a window starting on `from`: those starting in
 * `[from - maxDuration, from - bound)`. Two binary searches.
 */
export function earlySlice(
  long: Uint32Array,
  start: Int32Array,
  index: Pick<LongIndex, 'maxDuration' | 'bound'>,
  from: number,
): [number, number] {
  if (long.length === 0) return [0, 0];
  const j0 = firstStarting(long, start, from - index.maxDuration);
  return [j0, Math.max(j0, firstStarting(long, start, from - index.bound))];
}

/**
 * The candidates of the window `from..to` (inclusive days) over sorted `start`: the long
 * incidents that may run into it, then the range of those starting from `from - bound` to `to`.
 * Every incident overlapping the window is among them; check each with `end >= from`. `long`
 * may be a subset of `index.long` (those passing the filters), then so is `early`.
 */
export function windowParts(
  start: Int32Array,
  index: LongIndex,
  from: number,
  to: number,
  long: Uint32Array = index.long,
): WindowParts {
  if (to < from) return { early: long.subarray(0, 0), first: 0, lo: 0, hi: 0 };
  const [j0, j1] = earlySlice(long, start, index, from);
  const lo = lowerBound(start, from - index.bound);
  const hi = Math.max(lo, upperBound(start, to));
  return { early: long.subarray(j0, j1), first: j0, lo, hi };
}
