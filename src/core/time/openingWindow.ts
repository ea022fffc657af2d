// The window a dataset opens on when the link names none. Small datasets open on all their days;
// a large one (more than `RECENT_OPEN_MIN` incidents) opens on its last `RECENT_DAYS` days, so the
// first frame draws a few thousand incidents instead of every one (at 1M, drawing the whole span
// made the first frame cost most of a 40-second load). The user is told, with the way back.
import { windowWidth, type TimeWindow } from './window.ts';

/** Datasets with more incidents than this open on a recent window. */
export const RECENT_OPEN_MIN = 50_000;

/** Width in days of the recent window a large dataset opens on. */
export const RECENT_DAYS = 30;

/**
 * The window to open on when the link names none: the last `RECENT_DAYS` days of `extent` for
 * more than `RECENT_OPEN_MIN` incidents, else null (all the data). Null too when the data spans
 * no more than those days (the recent window would be everything).
 */
export function openingWindow(count: number, extent: TimeWindow | null): TimeWindow | null {
  if (!extent || count <= RECENT_OPEN_MIN || windowWidth(extent) <= RECENT_DAYS) return null;
  return { from: extent.to - RECENT_DAYS + 1, to: extent.to };
}

/**
 * What the app says while it shows the opening window of `total` incidents ("Showing the last 30
 * days of 1,000,000 incidents — widen the window to see more.").
 */
export function openingNote(total: number): string {
  return (
    `Showing the last ${RECENT_DAYS} days of ${total.toLocaleString('en')} incidents — ` +
    'widen the time window to see more.'
  );
}
