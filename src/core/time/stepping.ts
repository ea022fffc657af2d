// Stepping between incident dates on a sorted array of start days (`IncidentStore.start`): each
// step is one binary search, so it stays instant at a million incidents.

import { lowerBound, upperBound } from '../incidentStore';

/** First incident start day after `day`, or null when none is later. */
export function nextIncidentDay(starts: Int32Array, day: number): number | null {
  const i = upperBound(starts, day);
  return i < starts.length ? starts[i]! : null;
}

/** Last incident start day before `day`, or null when none is earlier. */
export function prevIncidentDay(starts: Int32Array, day: number): number | null {
  const i = lowerBound(starts, day) - 1;
  return i >= 0 ? starts[i]! : null;
}
