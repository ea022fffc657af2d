import { describe, expect, test } from 'vitest';
import { frameThrottle } from '../../../src/scale/frameThrottle.ts';

/** A manual frame clock: `tick()` runs the callbacks scheduled so far. */
function clock() {
  let queue = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (cb: () => void) => {
      queue.set(next, cb);
      return next++;
    },
    unschedule: (h: number) => void queue.delete(h),
    tick() {
      const q = queue;
      queue = new Map();
      for (const cb of q.values()) cb();
    },
    pending: () => queue.size,
  };
}

describe('frameThrottle', () => {
  test('many calls in one frame run once, with the last arguments', () => {
    const c = clock();
    const seen: number[] = [];
    const t = frameThrottle((x: number) => seen.push(x), c.schedule, c.unschedule);
    t.call(1);
    t.call(2);
    t.call(3);
    expect(c.pending()).toBe(1);
    c.tick();
    expect(seen).toEqual([3]);
  });

  test('a call after a frame schedules the next frame', () => {
    const c = clock();
    const seen: number[] = [];
    const t = frameThrottle((x: number) => seen.push(x), c.schedule, c.unschedule);
    t.call(1);
    c.tick();
    t.call(2);
    c.tick();
    expect(seen).toEqual([1, 2]);
  });

  test('cancel drops the queued call', () => {
    const c = clock();
    const seen: number[] = [];
    const t = frameThrottle((x: number) => seen.push(x), c.schedule, c.unschedule);
    t.call(1);
    t.cancel();
    c.tick();
    expect(seen).toEqual([]);
    expect(c.pending()).toBe(0);
  });
});
