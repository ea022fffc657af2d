// The time store of the incidents that pass the filters: an IncidentStore over the passing
// sorted indices, in the same order, so the time window, the list, stepping and the histogram
// work on what is shown exactly as on a whole dataset. Its index `k` is the dataset's sorted
// index `passing[k]`.
import { IncidentStore } from '../incidentStore.ts';

/** The store over `passing` (ascending sorted indices of `store`), or `store` itself for null. */
export function filteredStore(store: IncidentStore, passing: Uint32Array | null): IncidentStore {
  if (!passing) return store;
  const n = passing.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const precision = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = passing[k]!;
    start[k] = store.start[i]!;
    end[k] = store.end[i]!;
    lon[k] = store.lon[i]!;
    lat[k] = store.lat[i]!;
    precision[k] = store.precision[i]!;
  }
  return new IncidentStore({ start, end, lon, lat, precision });
}

/** The dataset's sorted index of filtered index `k`. */
export function datasetIndex(passing: Uint32Array | null, k: number): number {
  return passing ? passing[k]! : k;
}

/** The filtered index of the dataset's sorted index `i`, or -1 when it does not pass. */
export function filteredIndex(passing: Uint32Array | null, i: number): number {
  if (!passing) return i;
  let lo = 0;
  let hi = passing.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (passing[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < passing.length && passing[lo] === i ? lo : -1;
}
