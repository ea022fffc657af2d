// Snapping a dragged handle to incident dates when it comes within a few pixels of one. The
// threshold is in pixels, so it means the same on the collapsed axis at any zoom.

import { lowerBound, type IncidentStore } from '../incidentStore';
import type { TimeAxis } from './axis';
import type { WindowEdge } from './window';

/** Sorted, distinct days on which an incident starts or ends: the snap targets. */
export function incidentDays(store: IncidentStore): Int32Array {
  const all = new Int32Array(store.n * 2);
  all.set(store.start, 0);
  all.set(store.end, store.n);
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) {
    if (k === 0 || all[i] !== all[k - 1]) all[k++] = all[i]!;
  }
  return all.slice(0, k);
}

/**
 * The day a window edge dragged to pixel `x` lands on: the nearest incident day when its edge is
 * within `thresholdPx` pixels, else the day under the pointer.
 */
export function snapEdge(
  x: number,
  edge: WindowEdge,
  axis: TimeAxis,
  days: Int32Array,
  thresholdPx: number,
): number {
  const raw = axis.xToEdgeDay(x, edge);
  const i = lowerBound(days, raw);
  let best = raw;
  let bestDist = thresholdPx;
  for (const j of [i - 1, i]) {
    if (j < 0 || j >= days.length) continue;
    const dist = Math.abs(axis.edgeX(days[j]!, edge) - x);
    if (dist <= bestDist) {
      best = days[j]!;
      bestDist = dist;
    }
  }
  return best;
}
