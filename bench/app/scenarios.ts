// The keyboard scrubs of the app bench, as a user would make them on the time control's handles:
// a week window walked a month at a time (PageUp on the end handle, then on the start handle),
// the same week walked a day at a time with the arrows, a year walked a month at a time, and the
// whole span narrowed a month at a time from its end and widened back (PageDown then PageUp).
// Narrow scrubs start where 40 % of the incidents have started, so they cross dense data (the
// seed data's eight incidents: at the first, so the first steps change what is shown), as late
// as leaves room for the walk.
import { addMonths } from '../../src/core/time/calendar.ts';

/** One scripted scrub: where the window starts and which handle gets which key, in order. */
export interface Scenario {
  start: { from: number; to: number };
  keys: ['from' | 'to', string][];
}

/** The scrubs of one dataset. */
export interface Scenarios {
  week: Scenario;
  arrows: Scenario;
  year: Scenario;
  everything: Scenario;
  /** The windows the week scrub passes through (the GPU layer alone is timed over them). */
  weekWindows: [number, number][];
}

/** Alternating end/start handle steps with `key`: the window walks and keeps its width. */
function walk(steps: number, key: string): ['from' | 'to', string][] {
  return Array.from({ length: steps }, (_, i) => [i % 2 === 0 ? 'to' : 'from', key]);
}

/** The scrubs over data spanning `extent`, whose sorted start days are `start`. */
export function scenarioWindows(
  extent: { from: number; to: number },
  start: readonly number[],
  steps: number,
): Scenarios {
  const q = start.length < 100 ? 0 : 0.4;
  const room = addMonths(extent.to, -Math.ceil(steps / 2) - 13);
  const at = Math.max(
    extent.from,
    Math.min(room, (start[Math.floor(start.length * q)] ?? extent.from) - 3),
  );
  const week = { from: at, to: at + 6 };
  const year = { from: at, to: at + 364 };
  const weekWindows: [number, number][] = [];
  let w = { ...week };
  for (let i = 0; i < steps; i++) {
    w = i % 2 === 0 ? { ...w, to: addMonths(w.to, 1) } : { ...w, from: addMonths(w.from, 1) };
    weekWindows.push([w.from, Math.min(w.to, extent.to)]);
  }
  const half = Math.floor(steps / 2);
  return {
    week: { start: week, keys: walk(steps, 'PageUp') },
    arrows: { start: week, keys: walk(steps, 'ArrowRight') },
    year: { start: year, keys: walk(steps, 'PageUp') },
    everything: {
      start: extent,
      keys: [
        ...Array.from({ length: half }, (): ['to', string] => ['to', 'PageDown']),
        ...Array.from({ length: steps - half }, (): ['to', string] => ['to', 'PageUp']),
      ],
    },
    weekWindows,
  };
}
