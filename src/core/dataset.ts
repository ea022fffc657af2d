// Which dataset the app shows and how its incidents are named: the seed articles, or a dataset
// the user loaded (file, drag-and-drop, `?synthetic=N&seed=S`). Large datasets go to the GPU
// layer and the virtual list; small ones to the MapLibre layers like the seeds. Pure.
import type { IncidentColumns } from './binaryLayout.ts';
import type { IncidentStore } from './incidentStore.ts';

/** Datasets with more incidents than this are drawn by the large-dataset layer. */
export const LARGE_DATASET = 5000;

/** Largest `?synthetic=N` the app accepts. */
export const MAX_SYNTHETIC = 2_000_000;

/** A synthetic dataset asked for in the page's query string. */
export interface SyntheticRequest {
  count: number;
  seed: number;
}

/**
 * `?synthetic=N[&seed=S]` from a query string: N whole incidents (1..MAX_SYNTHETIC), seed a whole
 * number (1 when absent). Null when absent; an error message when malformed.
 */
export function syntheticFromSearch(search: string): SyntheticRequest | string | null {
  const params = new URLSearchParams(search);
  const n = params.get('synthetic');
  if (n === null) return null;
  const s = params.get('seed') ?? '1';
  const count = /^\d+$/.test(n) ? Number(n) : NaN;
  const seed = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!(count >= 1 && count <= MAX_SYNTHETIC)) {
    return `The link's ?synthetic=${n} is not a number of incidents from 1 to ${MAX_SYNTHETIC.toLocaleString('en')}; showing the seed articles.`;
  }
  if (!Number.isSafeInteger(seed)) {
    return `The link's seed=${s} is not a whole number; showing the seed articles.`;
  }
  return { count, seed };
}

/** Id of sorted incident `i` of a large dataset: its own id, or `synthetic-<i>` (see featureAt). */
export function largeIdOf(store: IncidentStore, i: number): string {
  return store.ids?.[i] ?? `synthetic-${i}`;
}

/** Sorted index of the incident with this id in a large dataset, or -1. */
export function largeIndexOfId(store: IncidentStore, id: string): number {
  if (store.ids) return store.indexOfId(id);
  const m = /^synthetic-(0|[1-9]\d*)$/.exec(id);
  const i = m ? Number(m[1]) : -1;
  return i >= 0 && i < store.n ? i : -1;
}

/** `[[w, s], [e, n]]` around every incident of the columns, or null when empty. O(n), once. */
export function columnBounds(cols: IncidentColumns): [[number, number], [number, number]] | null {
  if (cols.count === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < cols.count; i++) {
    const x = cols.lon[i]!;
    const y = cols.lat[i]!;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [
    [w, s],
    [e, n],
  ];
}
