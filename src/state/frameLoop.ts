// A loop over animation frames for playback: calls its step with the time since the previous
// frame (capped, so a hidden tab that got no frames resumes where it was, not far ahead) until
// the step says it is done or the loop is stopped.
import type { FrameClock } from './frameClock.ts';

/** Longest time one frame may cover, in milliseconds. */
export const MAX_FRAME_MS = 250;

/** Runs a step each animation frame of a `FrameClock`. */
export class FrameLoop {
  readonly #clock: FrameClock;
  #frame: number | null = null;
  #lastTime: number | null = null;
  #step: ((dtMs: number) => boolean) | null = null;

  /** A loop over `clock`'s frames. */
  constructor(clock: FrameClock) {
    this.#clock = clock;
  }

  /**
   * Start calling `step` each frame with the milliseconds since the previous one (0 on the
   * first); it returns false to end the loop. A running loop restarts with the new step.
   */
  start(step: (dtMs: number) => boolean): void {
    this.stop();
    this.#step = step;
    this.#lastTime = null;
    this.#frame = this.#clock.request(this.#tick);
  }

  /** Stop calling the step. */
  stop(): void {
    if (this.#frame !== null) this.#clock.cancel(this.#frame);
    this.#frame = null;
    this.#step = null;
  }

  #tick = (time: number): void => {
    this.#frame = null;
    const step = this.#step;
    if (!step) return;
    const dt = this.#lastTime === null ? 0 : Math.min(MAX_FRAME_MS, time - this.#lastTime);
    this.#lastTime = time;
    if (step(dt) && this.#step === step) this.#frame = this.#clock.request(this.#tick);
  };
}
