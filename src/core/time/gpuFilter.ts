// The time window as a GPU filter (deck.gl `DataFilterExtension` with `filterSize: 2`): each
// incident's filter value is `[start - origin, end - origin]` and it is drawn when
// `start <= to && end >= from`, the same overlap rule as `IncidentStore.inWindow`. Subtracting an
// origin day keeps the numbers small: 32-bit floats are exact for whole numbers below 2^24.

import type { TimeWindow } from './window';

/** Largest magnitude a 32-bit float holds exactly as a whole number (2^24). */
const F32_EXACT = 16_777_216;

/** `filterRange` for the window: `[[lowest, to], [from, highest]]`, relative to `originDay`. */
export function gpuFilterRange(
  w: TimeWindow,
  originDay: number,
): [[number, number], [number, number]] {
  return [
    [-F32_EXACT, w.to - originDay],
    [w.from - originDay, F32_EXACT],
  ];
}

/** The filter value of an incident: its start and end days relative to `originDay`. */
export function gpuFilterValue(start: number, end: number, originDay: number): [number, number] {
  return [start - originDay, end - originDay];
}
