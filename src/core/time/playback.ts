// Playback as a pure step: the window slides forward by whole days at a speed in days per second,
// carrying the fractional remainder to the next frame, and stops at the end of the data.

import type { TimeWindow } from './window';

/** A playback speed the user can choose. */
export interface PlaybackSpeed {
  /** Label for the speed menu. */
  label: string;
  /** Days the window advances per second of playback. */
  daysPerSecond: number;
}

/** The speeds offered in the time control, slowest first. */
export const PLAYBACK_SPEEDS: readonly PlaybackSpeed[] = [
  { label: '1 day/s', daysPerSecond: 1 },
  { label: '1 week/s', daysPerSecond: 7 },
  { label: '1 month/s', daysPerSecond: 30 },
];

/** Result of one playback step. */
export interface AdvanceResult {
  /** The window after the step. */
  window: TimeWindow;
  /** Fraction of a day not yet applied, to pass to the next step. */
  carry: number;
  /** True when the window reached the end of the extent: playback stops. */
  ended: boolean;
}

/**
 * Slide the window forward by `daysPerSecond * dtMs / 1000` days (plus `carry`), keeping its
 * width; never past `extent.to`.
 */
export function advance(
  w: TimeWindow,
  daysPerSecond: number,
  dtMs: number,
  extent: TimeWindow,
  carry = 0,
): AdvanceResult {
  const total = carry + (daysPerSecond * Math.max(0, dtMs)) / 1000;
  // The epsilon absorbs float error: ten 0.1-day steps make one whole day, not 0.999….
  const whole = Math.floor(total + 1e-9);
  const room = Math.max(0, extent.to - w.to);
  if (whole >= room) {
    return { window: { from: w.from + room, to: w.to + room }, carry: 0, ended: true };
  }
  return {
    window: { from: w.from + whole, to: w.to + whole },
    carry: Math.max(0, total - whole),
    ended: false,
  };
}
