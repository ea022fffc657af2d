// Window → index range for sorted columns, O(log n): the contiguous form, reaching back the
// longest incident (same rule as IncidentStore.rangeFor, on the raw columns the GPU layer holds).
// The layer itself draws the narrower candidates of core/longIncidents.ts `windowParts`.
import { featureAt, type IncidentColumns } from '../core/binaryLayout.ts';
import { IncidentStore, lowerBound, upperBound } from '../core/incidentStore.ts';

/** Longest `end - start` in days over all incidents. */
export function maxDurationOf(cols: IncidentColumns): number {
  let max = 0;
  for (let i = 0; i < cols.count; i++) max = Math.max(max, cols.end[i]! - cols.start[i]!);
  return max;
}

/**
 * Candidate range `[lo, hi)` of the window `from..to` (inclusive days): every incident whose days
 * overlap the window lies inside it; candidates that ended before `from` are dropped by the shader.
 */
export function windowRange(
  start: Int32Array,
  maxDuration: number,
  from: number,
  to: number,
): [number, number] {
  if (to < from) return [0, 0];
  const lo = lowerBound(start, from - maxDuration);
  return [lo, Math.max(lo, upperBound(start, to))];
}

/**
 * An IncidentStore over the columns, in the same order (for the list, stepping and deep links).
 * Datasets with details (imports) get their ids, so `indexOfId` works; synthetic ones have none.
 */
export function storeFromColumns(cols: IncidentColumns): IncidentStore {
  const ids = cols.details
    ? Array.from({ length: cols.count }, (_, i) => featureAt(cols, i).properties.id)
    : undefined;
  return new IncidentStore({
    start: cols.start,
    end: cols.end,
    lon: cols.lon,
    lat: cols.lat,
    precision: cols.datePrecision,
    ...(ids ? { ids } : {}),
  });
}

/**
 * The part `[k0, k1)` of `passing` (ascending sorted indices that pass the filters) whose indices
 * lie in the candidate range `[lo, hi)`: two binary searches.
 */
export function filteredRange(passing: Uint32Array, lo: number, hi: number): [number, number] {
  return [lowerBound(passing, lo), lowerBound(passing, hi)];
}
