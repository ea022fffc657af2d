// The `?bench` hook: with `?bench` in the page's query string the app leaves User Timing marks
// (`performance.mark('bl:<name>', { detail })`) at the moments `npm run bench` cannot see from
// outside: when the GPU overlay drew a window, and when the seed map's layers were handed new
// data. bench/app/probe.js reads them to tell when the map shows a new time window. Without
// `?bench` a mark costs one boolean test and its detail is never built.

/** True when the page was opened with `?bench`. */
export const BENCH =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

/** Leaves the mark `bl:<name>` with `detail()` when the page runs under `?bench`. */
export function benchMark(name: string, detail: () => unknown = () => null): void {
  if (BENCH) performance.mark(`bl:${name}`, { detail: detail() });
}
