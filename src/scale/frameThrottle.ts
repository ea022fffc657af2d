// Runs a handler at most once per animation frame with the latest arguments: pointer moves fire
// far more often than frames, and a pick per frame is all the eye can see.

/** A throttled call: `call(...)` queues the latest arguments; `cancel()` drops a pending call. */
export interface FrameThrottled<A extends unknown[]> {
  /** Queues `fn` with these arguments for the next frame (replacing any queued ones). */
  call(...args: A): void;
  /** Drops the queued call, if any. */
  cancel(): void;
}

/**
 * Wraps `fn` so it runs at most once per frame, with the arguments of the last call before it.
 * `schedule` and `unschedule` default to `requestAnimationFrame` and `cancelAnimationFrame`.
 */
export function frameThrottle<A extends unknown[]>(
  fn: (...args: A) => void,
  schedule: (cb: () => void) => number = (cb) => requestAnimationFrame(cb),
  unschedule: (handle: number) => void = (h) => cancelAnimationFrame(h),
): FrameThrottled<A> {
  let pending: A | null = null;
  let handle = 0;
  return {
    call(...args) {
      const first = pending === null;
      pending = args;
      if (!first) return;
      handle = schedule(() => {
        const a = pending;
        pending = null;
        if (a) fn(...a);
      });
    },
    cancel() {
      if (pending !== null) unschedule(handle);
      pending = null;
    },
  };
}
