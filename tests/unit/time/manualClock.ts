// A hand-driven frame clock for playback tests: frames run only when the test calls `frame`.
import type { FrameClock } from '../../../src/state/time.svelte';

/** Frame clock whose frames the test runs explicitly, at chosen times. */
export class ManualClock implements FrameClock {
  #next = 1;
  #pending = new Map<number, (t: number) => void>();

  /** Schedule a callback for the next `frame`. */
  request(cb: (t: number) => void): number {
    const handle = this.#next++;
    this.#pending.set(handle, cb);
    return handle;
  }

  /** Drop a scheduled callback. */
  cancel(handle: number): void {
    this.#pending.delete(handle);
  }

  /** Number of callbacks waiting for a frame. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Run the waiting callbacks as a frame at `timeMs`. */
  frame(timeMs: number): void {
    const cbs = [...this.#pending.values()];
    this.#pending.clear();
    for (const cb of cbs) cb(timeMs);
  }

  /** Run frames every `stepMs` from `fromMs` to `toMs` (inclusive), like a 10 Hz display. */
  run(fromMs: number, toMs: number, stepMs = 100): void {
    for (let t = fromMs; t <= toMs; t += stepMs) this.frame(t);
  }
}
