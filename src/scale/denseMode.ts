// When the large layer switches to its dense mode: more than `DENSE_MIN` incidents of the window
// on screen. Then each is drawn as a small fixed-size square in its category's colour instead of
// a disc of 7–25 px: in software WebGL the fill of a disc costs ~11 µs, so a million discs took
// ~8 s a frame, while a 2-pixel point is a few pixels of fill. Every incident is still drawn and
// counted; zooming in (fewer on screen) or narrowing the window brings the discs back.
// Pure: the estimate reads the layer's attributes and clip matrix, no GL.
import { filteredRange } from './windowRange.ts';

/** More incidents than this on screen switch the layer to dense points. */
export const DENSE_MIN = 20_000;

/** Side in CSS pixels of a dense-mode point. */
export const DENSE_POINT_PX = 2;

/** Candidates examined at most to estimate how many are on screen (evenly spaced). */
export const DENSE_SAMPLES = 4096;

/** The window's candidates as the layer holds them. */
export interface InViewInput {
  /** Mercator offsets, two per incident (PointAttributes.position). */
  position: Float32Array;
  /** Start and end day relative to the dataset's origin, two per incident. */
  days: Float32Array;
  /** Candidate range `[lo, hi)` of sorted indices (windowRange). */
  lo: number;
  hi: number;
  /** Ascending sorted indices passing the filters, or null when all pass. */
  filter: Uint32Array | null;
  /** The window, relative to the dataset's origin, inclusive. */
  from: number;
  to: number;
  /** Column-major 4×4 clip matrix (Mercator offset → clip space), as the shader uses. */
  matrix: Float32Array;
}

/** True when Mercator offset (x, y) lands inside the clip volume of `m`. */
function onScreen(m: Float32Array, x: number, y: number): boolean {
  const w = m[3]! * x + m[7]! * y + m[15]!;
  if (!(w > 0)) return false;
  const cx = m[0]! * x + m[4]! * y + m[12]!;
  const cy = m[1]! * x + m[5]! * y + m[13]!;
  return Math.abs(cx) <= w && Math.abs(cy) <= w;
}

/**
 * How many of the window's incidents (passing the filters) are on screen: exact up to
 * `samples` candidates, else estimated from `samples` evenly spaced ones (O(samples), whatever
 * the dataset's size).
 */
export function estimateInView(input: InViewInput, samples = DENSE_SAMPLES): number {
  const { position, days, lo, hi, filter, from, to, matrix } = input;
  const [k0, k1] = filter ? filteredRange(filter, lo, hi) : [lo, hi];
  const n = k1 - k0;
  if (n <= 0) return 0;
  const taken = Math.min(n, samples);
  let hits = 0;
  for (let j = 0; j < taken; j++) {
    const k = k0 + (taken === n ? j : Math.floor(((j + 0.5) * n) / taken));
    const i = filter ? filter[k]! : k;
    if (days[2 * i]! > to || days[2 * i + 1]! < from) continue;
    if (onScreen(matrix, position[2 * i]!, position[2 * i + 1]!)) hits++;
  }
  return taken === n ? hits : Math.round((hits * n) / taken);
}

/** True when `inView` incidents on screen call for the dense mode. */
export function isDense(inView: number): boolean {
  return inView > DENSE_MIN;
}
