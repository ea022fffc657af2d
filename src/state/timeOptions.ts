// What a TimeState can be given when it is made: a frame source, an opening window, the axis's
// gap collapsing and the width stepping narrows to.
import type { TimeWindow } from '../core/time/window';
import type { FrameClock } from './frameClock.ts';

/** Options for `TimeState`. */
export interface TimeStateOptions {
  /** Frame source for playback; `requestAnimationFrame` by default. */
  clock?: FrameClock;
  /**
   * Initial window, which the link leaves out when it is shown (see `home`); the whole data by
   * default.
   */
  window?: TimeWindow | null;
  /** Empty stretches longer than this many days collapse on the axis. Default 90. */
  gapDays?: number;
  /** Width in days of the window that stepping narrows a whole-data window to. Default 7. */
  stepWidth?: number;
}
