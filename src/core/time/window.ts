// A time window: the inclusive range of day numbers the map and the excerpt list show.

/** Inclusive window of day numbers `from..to` (see `days.ts`); `from <= to`. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Which edge of a window a handle moves. */
export type WindowEdge = 'from' | 'to';

/** Number of days in the window (a one-day window has width 1). */
export function windowWidth(w: TimeWindow): number {
  return w.to - w.from + 1;
}

/** `value` limited to `lo..hi`. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** The window limited to the extent; a window wider than the extent becomes the extent. */
export function clampWindow(w: TimeWindow, extent: TimeWindow): TimeWindow {
  const from = clamp(Math.min(w.from, w.to), extent.from, extent.to);
  const to = clamp(Math.max(w.from, w.to), extent.from, extent.to);
  return { from, to };
}

/** The window shifted by `delta` days, keeping its width and staying inside the extent. */
export function moveWindow(w: TimeWindow, delta: number, extent: TimeWindow): TimeWindow {
  const width = Math.min(windowWidth(w), windowWidth(extent));
  const from = clamp(w.from + delta, extent.from, extent.to - width + 1);
  return { from, to: from + width - 1 };
}

/** The window with one edge set to `day`, kept inside the extent and never past the other edge. */
export function setEdge(
  w: TimeWindow,
  edge: WindowEdge,
  day: number,
  extent: TimeWindow,
): TimeWindow {
  if (edge === 'from') return { from: clamp(day, extent.from, w.to), to: w.to };
  return { from: w.from, to: clamp(day, w.from, extent.to) };
}

/**
 * The window of `width` days ending on `day` (the current time), inside the extent: near the
 * start of the extent it is cut short rather than moved, so its end stays on `day`.
 */
export function windowEndingAt(day: number, width: number, extent: TimeWindow): TimeWindow {
  const to = clamp(day, extent.from, extent.to);
  return { from: Math.max(extent.from, to - width + 1), to };
}

/** True when the two windows hold the same days. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from === b.from && a.to === b.to;
}
