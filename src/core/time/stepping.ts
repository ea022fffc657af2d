// Stepping between incident dates on a sorted array of start days (`IncidentStore.start`): each
// step is one binary search, so it stays instant at a million incidents.

import { lowerBound, upperBound } from '../incidentStore';
import { windowWidth, type TimeWindow } from './window';

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

/** What a step (Next › or ‹ Prev) starts from. */
export interface StepFrom {
  /** Sorted start days of the incidents shown. */
  starts: Int32Array;
  /** The window now. */
  window: TimeWindow;
  /** First and last day of the whole data. */
  extent: TimeWindow;
  /** The selected incident's days, or null. */
  selected: TimeWindow | null;
}

/** True when the window spans all the data. */
export function isWholeWindow(window: TimeWindow, extent: TimeWindow): boolean {
  return windowWidth(window) >= windowWidth(extent);
}

/**
 * The day a step moves the window's end to (`dir` 1: Next ›, -1: ‹ Prev), or null when no
 * incident lies that way. A window over all the data narrows first, ending on the selection's
 * first day when it lies in the data, else on the first (Next) or last (Prev) incident.
 */
export function stepTarget(from: StepFrom, dir: 1 | -1): number | null {
  const { starts, window, extent, selected } = from;
  if (!isWholeWindow(window, extent)) {
    return dir > 0 ? nextIncidentDay(starts, window.to) : prevIncidentDay(starts, window.to);
  }
  if (selected && selected.from >= extent.from && selected.from <= extent.to) return selected.from;
  return (dir > 0 ? starts[0] : starts[starts.length - 1]) ?? null;
}
