// A columnar, date-sorted view of the incidents, built once per dataset. Incidents are sorted by
// start day (then id), so a time window maps to one contiguous index range found by binary search:
// a scrub step costs O(log n) whatever the dataset size. Typed arrays keep 1,000,000 incidents
// compact and can be handed to GPU buffers as they are.

import { isoToDay } from './days';
import { DATE_PRECISIONS, type DatePrecision, type IncidentFeature } from './types';
import { longIndex, sharedLongIndex, windowParts, type WindowParts } from './longIncidents.ts';
import { lowerBound, sortOrder, upperBound } from './sortedSearch.ts';

export { lowerBound, upperBound };

/** Raw columns to build a store from, in any order; `ids` breaks ties between equal start days. */
export interface StoreColumns {
  /** Start day number of each incident (see `days.ts`). */
  start: ArrayLike<number>;
  /** Last day number of each incident (equal to `start` for single days); never before `start`. */
  end: ArrayLike<number>;
  /** Longitude of each incident. */
  lon: ArrayLike<number>;
  /** Latitude of each incident. */
  lat: ArrayLike<number>;
  /** Index into `DATE_PRECISIONS` of each incident; all `day` when absent. */
  precision?: ArrayLike<number>;
  /** Stable ids, used to order incidents that start on the same day; input order when absent. */
  ids?: readonly string[];
}

/** Half-open index range `[lo, hi)` into a store's sorted arrays. */
export interface IndexRange {
  lo: number;
  hi: number;
}

const DAY_PRECISION = DATE_PRECISIONS.indexOf('day');

/**
 * Incidents as sorted typed-array columns. Index `i` everywhere means "the i-th incident in date
 * order"; `source[i]` is its index in the input.
 */
export class IncidentStore {
  /** Number of incidents. */
  readonly n: number;
  /** Start day of each incident, ascending. */
  readonly start: Int32Array;
  /** Last day of each incident (inclusive). */
  readonly end: Int32Array;
  /** Longitude of each incident. */
  readonly lon: Float64Array;
  /** Latitude of each incident. */
  readonly lat: Float64Array;
  /** Index into `DATE_PRECISIONS` of each incident. */
  readonly precision: Uint8Array;
  /** Sorted index → index in the input. */
  readonly source: Uint32Array;
  /** Input index → sorted index. */
  readonly rank: Uint32Array;
  /** Longest `end - start` over all incidents, in days: how far back a window must look. */
  readonly maxDuration: number;
  /** The incidents lasting more than a bound apart (longIncidents.ts), so windows stay narrow. */
  readonly longIndex: ReturnType<typeof longIndex>;
  /** `uncertainPrefix[i]` = number of uncertain incidents (see `isUncertain`) among `0..i-1`. */
  readonly uncertainPrefix: Uint32Array;
  /** Ids in sorted order, when built with ids. */
  readonly ids: readonly string[] | null;
  #idIndex: Map<string, number> | null = null;

  /** Sort the given columns by start day, then id (or input order). */
  constructor(columns: StoreColumns) {
    const n = columns.start.length;
    for (const [name, col] of Object.entries(columns)) {
      if (col && (col as ArrayLike<unknown>).length !== n) {
        throw new Error(`IncidentStore: column "${name}" has ${col.length} rows, expected ${n}`);
      }
    }
    const { start: s, end: e, ids } = columns;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const compare = (a: number, b: number): number => {
      const d = s[a]! - s[b]!;
      if (d !== 0) return d;
      if (ids) {
        const ia = ids[a]!;
        const ib = ids[b]!;
        if (ia !== ib) return ia < ib ? -1 : 1;
      }
      return a - b;
    };
    // Columns from `binaryLayout` arrive sorted: one O(n) check skips the O(n log n) sort.
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) < 0;
    if (!sorted) sortOrder(order, s, compare);
    this.n = n;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.lon = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.precision = new Uint8Array(n);
    this.source = order;
    this.rank = new Uint32Array(n);
    this.uncertainPrefix = new Uint32Array(n + 1);
    let maxDuration = 0;
    for (let i = 0; i < n; i++) {
      const j = order[i]!;
      const st = s[j]!;
      const en = e[j]!;
      if (!(en >= st)) {
        throw new Error(
          `IncidentStore: incident ${ids?.[j] ?? j} ends (${en}) before it starts (${st})`,
        );
      }
      this.start[i] = st;
      this.end[i] = en;
      this.lon[i] = columns.lon[j]!;
      this.lat[i] = columns.lat[j]!;
      this.precision[i] = columns.precision ? columns.precision[j]! : DAY_PRECISION;
      this.rank[j] = i;
      if (en - st > maxDuration) maxDuration = en - st;
      this.uncertainPrefix[i + 1] = this.uncertainPrefix[i]! + (this.isUncertain(i) ? 1 : 0);
    }
    this.maxDuration = maxDuration;
    // Already in order (dataset columns): the same index as the GPU layer's over those columns.
    this.longIndex = sorted ? sharedLongIndex(s, e) : longIndex(this.start, this.end);
    this.ids = ids ? Array.from(order, (j) => ids[j]!) : null;
  }

  /** Build a store from GeoJSON incident features (dates parsed once, here). */
  static fromFeatures(features: readonly IncidentFeature[]): IncidentStore {
    const n = features.length;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const lon = new Float64Array(n);
    const lat = new Float64Array(n);
    const precision = new Uint8Array(n);
    const ids: string[] = [];
    features.forEach((f, i) => {
      const p = f.properties;
      start[i] = isoToDay(p.date);
      end[i] = p.date_end ? isoToDay(p.date_end) : start[i]!;
      lon[i] = f.geometry.coordinates[0];
      lat[i] = f.geometry.coordinates[1];
      precision[i] = Math.max(0, DATE_PRECISIONS.indexOf(p.date_precision));
      ids.push(p.id);
    });
    return new IncidentStore({ start, end, lon, lat, precision, ids });
  }

  /** First start day and last end day over all incidents; null when empty. */
  get extent(): { from: number; to: number } | null {
    if (this.n === 0) return null;
    let to = this.end[0]!;
    // Ends are not sorted, but only incidents starting after `last start - maxDuration` can hold
    // the latest end.
    const lastStart = this.start[this.n - 1]!;
    for (let i = lowerBound(this.start, lastStart - this.maxDuration); i < this.n; i++) {
      if (this.end[i]! > to) to = this.end[i]!;
    }
    return { from: this.start[0]!, to };
  }

  /** Date precision of sorted incident `i`. */
  precisionOf(i: number): DatePrecision {
    return DATE_PRECISIONS[this.precision[i]!] ?? 'day';
  }

  /** True when incident `i`'s date is not a known single day (a range or a hedged date). */
  isUncertain(i: number): boolean {
    return this.precision[i] !== DAY_PRECISION || this.end[i] !== this.start[i];
  }

  /**
   * Contiguous candidate range `[lo, hi)` for the window `from..to` (inclusive days): every
   * incident overlapping the window lies inside it. It reaches `maxDuration` days before `from`:
   * scans use `windowParts`, which reaches back only as far as short incidents last. When no incident has a range
   * (`maxDuration` 0) every candidate overlaps; otherwise check each with `inWindow`.
   */
  rangeFor(from: number, to: number): IndexRange {
    if (to < from) return { lo: 0, hi: 0 };
    const lo = lowerBound(this.start, from - this.maxDuration);
    const hi = upperBound(this.start, to);
    return { lo, hi: Math.max(lo, hi) };
  }

  /**
   * The window's candidates in date order: the few long incidents that may run into it
   * (`early`), then the index range `[lo, hi)` of those starting within the longIndex bound
   * before `from` up to `to`. Check each with `end >= from`; O(log n).
   */
  windowParts(from: number, to: number): WindowParts {
    return windowParts(this.start, this.longIndex, from, to);
  }

  /** True when incident `i`'s days `start..end` overlap the window `from..to`. */
  inWindow(i: number, from: number, to: number): boolean {
    return this.start[i]! <= to && this.end[i]! >= from;
  }

  /**
   * Number of incidents overlapping the window. Only candidates starting before `from` can end
   * before it, so only those (at most `maxDuration` days of starts) are checked: a wide window
   * over a million incidents costs what a narrow one does.
   */
  countInWindow(from: number, to: number): number {
    const { early, lo, hi } = this.windowParts(from, to);
    if (this.maxDuration === 0) return hi - lo;
    const first = Math.min(hi, lowerBound(this.start, from));
    let count = hi - lo;
    for (let i = lo; i < first; i++) if (this.end[i]! < from) count--;
    for (let k = 0; k < early.length; k++) if (this.end[early[k]!]! >= from) count++;
    return count;
  }

  /** Sorted indices of the incidents overlapping the window, ascending (date order). */
  visibleIndices(from: number, to: number): Uint32Array {
    const { early, lo, hi } = this.windowParts(from, to);
    const out = new Uint32Array(this.countInWindow(from, to));
    let k = 0;
    for (const i of early) if (this.end[i]! >= from) out[k++] = i;
    for (let i = lo; i < hi; i++) if (this.end[i]! >= from) out[k++] = i;
    return out;
  }

  /**
   * The incident in the window `from..to` nearest to its last day `to` (as `nearestTo`, but only
   * among incidents overlapping the window), or -1 when the window is empty. The excerpt list
   * highlights it: `nearestTo` may pick an incident just after the window, which the list omits.
   */
  nearestInWindow(from: number, to: number): number {
    const i = this.nearestTo(to);
    if (i >= 0 && this.inWindow(i, from, to)) return i;
    // Every incident in the window starts on or before `to`, so the nearest is the one whose last
    // day (capped at `to`) is latest; ties go to the one starting later, as in `nearestTo`.
    const { early, lo, hi } = this.windowParts(from, to);
    let best = -1;
    let bestEnd = -Infinity;
    const consider = (k: number): boolean => {
      if (this.end[k]! < from) return false;
      const end = Math.min(this.end[k]!, to);
      if (end > bestEnd) {
        best = k;
        bestEnd = end;
      }
      return end === to;
    };
    // Latest start first (the range, then the early long incidents), stopping at an end on `to`.
    let done = false;
    for (let k = hi - 1; k >= lo && !done; k--) done = consider(k);
    for (let j = early.length - 1; j >= 0 && !done; j--) done = consider(early[j]!);
    return best;
  }

  /** Sorted index of the incident with this id, or -1 (index built on first call). */
  indexOfId(id: string): number {
    if (!this.ids) return -1;
    if (!this.#idIndex) {
      this.#idIndex = new Map();
      this.ids.forEach((v, i) => this.#idIndex!.set(v, i));
    }
    return this.#idIndex.get(id) ?? -1;
  }

  /**
   * Incident nearest to `day`: distance 0 when its range covers the day, else days to its nearest
   * end. Ties go to the incident starting closest to `day`, then to the earlier one. -1 when empty.
   */
  nearestTo(day: number): number {
    if (this.n === 0) return -1;
    let best = -1;
    let bestDist = Infinity;
    let bestLead = Infinity;
    const consider = (i: number): void => {
      const s = this.start[i]!;
      const dist = s > day ? s - day : Math.max(0, day - this.end[i]!);
      const lead = Math.abs(day - s);
      if (
        dist < bestDist ||
        (dist === bestDist && (lead < bestLead || (lead === bestLead && i < best)))
      ) {
        best = i;
        bestDist = dist;
        bestLead = lead;
      }
    };
    const after = upperBound(this.start, day);
    if (after < this.n) consider(after);
    // Earlier incidents: only those starting within `bestDist + maxDuration` days can be closer.
    for (let i = after - 1; i >= 0 && this.start[i]! + this.maxDuration >= day - bestDist; i--) {
      consider(i);
    }
    return best;
  }
}
