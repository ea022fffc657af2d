// What the map and the excerpt list show for a time window: the incidents in it (date order), the
// selection when it lies outside (drawn faint so it stays findable) and the incident to highlight.
// Pure: the caller passes the store's answers, so this runs once per window change.

import { lowerBound, type IncidentStore } from '../incidentStore';
import type { IncidentFeature } from '../types';
import { sameWindow, type TimeWindow } from './window';

/** The incidents to show for one window. */
export interface WindowIncidents {
  /** Incidents in the window, in date order (the list's items). */
  visible: IncidentFeature[];
  /** Incidents to draw on the map: `visible`, plus the selection when it lies outside. */
  drawn: IncidentFeature[];
  /** Id of the selection when it lies outside the window (drawn faint), else null. */
  outsideId: string | null;
  /** Id of the incident to highlight in the list (nearest the window's end), else null. */
  nearestId: string | null;
}

/** Inputs: the features, their store and the window state. */
export interface WindowIncidentsInput {
  /** The features the store was built from (`store.source[i]` indexes them). */
  features: readonly IncidentFeature[];
  /** The date-sorted store over `features`, built with ids. */
  store: IncidentStore;
  /** The window shown. */
  window: TimeWindow;
  /** The data's first and last day. */
  extent: TimeWindow;
  /** Sorted indices of the incidents in the window (`store.visibleIndices`). */
  indices: ArrayLike<number>;
  /** Sorted index of the incident in the window nearest its end, or -1. */
  nearest: number;
  /** Id of the selected incident, or null. */
  selectedId: string | null;
}

/**
 * The incidents in the window in date order, the selection when outside it, and the incident to
 * highlight: none while the window spans all the data, so the list then starts at the top.
 */
export function windowIncidents(input: WindowIncidentsInput): WindowIncidents {
  const { features, store, window, extent, indices, nearest, selectedId } = input;
  const visible = Array.from(indices, (i) => features[store.source[i]!]!);
  const selected = selectedId === null ? -1 : store.indexOfId(selectedId);
  const outside = selected >= 0 && !store.inWindow(selected, window.from, window.to);
  const outsideFeature = outside ? features[store.source[selected]!]! : null;
  const whole = sameWindow(window, extent);
  return {
    visible,
    drawn: outsideFeature ? [...visible, outsideFeature] : visible,
    outsideId: outsideFeature ? outsideFeature.properties.id : null,
    nearestId: !whole && nearest >= 0 ? (store.ids?.[nearest] ?? null) : null,
  };
}

/**
 * The rows of the excerpt list for a window over a large store, without an array of every
 * incident in it: incidents that started before the window and still run into it (few: bounded by
 * the longest incident, not by the window) come first, then the contiguous index range of the
 * incidents starting inside the window. Row `r` is `early[r]` for `r < early.length`, else
 * `start + r - early.length`. Date order, as `IncidentStore.visibleIndices`.
 */
export interface WindowRows {
  /** Sorted indices of incidents starting before the window and ending inside or after it. */
  early: Uint32Array;
  /** First sorted index starting inside the window. */
  start: number;
  /** One past the last sorted index starting inside the window. */
  end: number;
  /** Number of rows: `early.length + end - start`. */
  count: number;
}

/** The list rows of the window `from..to` (inclusive days): O(log n + incidents still running). */
export function windowRows(store: IncidentStore, from: number, to: number): WindowRows {
  const { early: long, lo, hi } = store.windowParts(from, to);
  // Candidates before `from` that still overlap it (the long ones first, all before `lo`); the
  // rest of [lo, hi) starts inside.
  const start = Math.min(hi, Math.max(lo, lowerBound(store.start, from)));
  let n = 0;
  for (const i of long) if (store.end[i]! >= from) n++;
  for (let i = lo; i < start; i++) if (store.end[i]! >= from) n++;
  const early = new Uint32Array(n);
  let k = 0;
  for (const i of long) if (store.end[i]! >= from) early[k++] = i;
  for (let i = lo; i < start; i++) if (store.end[i]! >= from) early[k++] = i;
  return { early, start, end: hi, count: n + hi - start };
}

/** Sorted store index shown in row `r` (0 ≤ r < rows.count). */
export function rowIndex(rows: WindowRows, r: number): number {
  return r < rows.early.length ? rows.early[r]! : rows.start + r - rows.early.length;
}

/** Row showing sorted store index `i`, or -1 when it is not in the window's rows. */
export function rowOfIndex(rows: WindowRows, i: number): number {
  if (i >= rows.start && i < rows.end) return rows.early.length + i - rows.start;
  let lo = 0;
  let hi = rows.early.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows.early[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.early.length && rows.early[lo] === i ? lo : -1;
}
