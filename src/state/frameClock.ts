// The source of animation frames for playback: the browser's, or a test's hand-driven one.

/** Animation frames, injectable so tests can drive playback by hand. */
export interface FrameClock {
  /** Schedule `cb` for the next frame; returns a handle for `cancel`. */
  request(cb: (timeMs: number) => void): number;
  /** Cancel a scheduled frame. */
  cancel(handle: number): void;
}

/** The browser's `requestAnimationFrame`. */
export const animationFrameClock: FrameClock = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
};
