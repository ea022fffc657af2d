// When the large layer switches to its dense mode: more than `DENSE_MIN` incidents of the window
// on screen, or fewer whose discs would fill more than `DENSE_COVER` canvases (the sum of their
// sprites' areas, overlaps counted each time). In software WebGL a disc costs its pixels: a year
// of 100k incidents (~7,600 discs, ~1.5 canvases at the default 1280×800 view) took ~160–240 ms
// of the GPU process a draw in discs, ~50–65 in dense squares and ~80–100 in half-size discs (load
// 6–10), so squares pay from about half a canvas of disc pixels; the bound is set higher, at a
// canvas and a quarter, so views whose discs overlap only in their clusters keep them (the e2e
// tests' three-month burst of 100k, ~5,400 discs, fills ~1.1). Then each is drawn as a small fixed-size square in its category's colour instead of
// a disc of 7–25 px: in software WebGL a disc costs 3–11 µs, so a million discs took 6–8 s a
// frame. The squares are painted here, on the CPU, into a screen-sized grid of cells
// (`paintDense`, a tight loop of tens of ns an incident) that denseGl.ts draws as one texture:
// even 2-pixel GPU points cost ~1.5 s a frame at 1M in software WebGL (the vertex pipeline). Every
// incident is still painted and counted; zooming in (fewer on screen) or narrowing the window
// brings the discs back. Pure: reads the layer's attributes and clip matrix, no GL.
import { DENSE_MIN } from './denseThreshold.ts';
import { filteredRange } from './windowRange.ts';

export { DENSE_MIN };

const NONE = new Uint32Array(0);

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
  /**
   * The long incidents that may run into the window, passing the filters, ascending and all
   * before `lo` (core/longIncidents.ts); none when absent.
   */
  early?: Uint32Array;
  /** Candidate range `[lo, hi)` of sorted indices; with `filter`, only those passing count. */
  lo: number;
  hi: number;
  /** Ascending sorted indices passing the filters, or null when all pass. */
  filter: Uint32Array | null;
  /** The window, relative to the dataset's origin, inclusive. */
  from: number;
  to: number;
  /** Column-major 4×4 clip matrix (Mercator offset → clip space), as the shader uses. */
  matrix: Float32Array;
  /** Disc diameter in CSS pixels per incident (PointAttributes.sizes); no fill counted without. */
  sizes?: Float32Array;
}

/** What the window shows on screen, estimated (see `estimateView`). */
export interface ViewEstimate {
  /** Incidents on screen. */
  inView: number;
  /** Sum of their discs' sprite areas (diameter squared), CSS px²; 0 without `sizes`. */
  fill: number;
}

/** Why the layer draws dense squares, or null for discs. */
export type DenseReason = 'many' | 'crowded' | null;

/** True when Mercator offset (x, y) lands inside the clip volume of `m`. */
function onScreen(m: Float32Array, x: number, y: number): boolean {
  const w = m[3]! * x + m[7]! * y + m[15]!;
  if (!(w > 0)) return false;
  const cx = m[0]! * x + m[4]! * y + m[12]!;
  const cy = m[1]! * x + m[5]! * y + m[13]!;
  return Math.abs(cx) <= w && Math.abs(cy) <= w;
}

/**
 * How many of the window's incidents (passing the filters) are on screen and the area their
 * discs would fill: exact up to `samples` candidates, else estimated from `samples` evenly spaced
 * ones (O(samples), whatever the dataset's size).
 */
export function estimateView(input: InViewInput, samples = DENSE_SAMPLES): ViewEstimate {
  const { position, days, lo, hi, filter, from, to, matrix, sizes } = input;
  const early = input.early ?? NONE;
  const [k0, k1] = filter ? filteredRange(filter, lo, hi) : [lo, hi];
  const n = early.length + k1 - k0;
  if (n <= 0) return { inView: 0, fill: 0 };
  const taken = Math.min(n, samples);
  let hits = 0;
  let fill = 0;
  for (let j = 0; j < taken; j++) {
    const e = taken === n ? j : Math.floor(((j + 0.5) * n) / taken); // candidate number
    const k = k0 + e - early.length;
    const i = e < early.length ? early[e]! : filter ? filter[k]! : k;
    if (days[2 * i]! > to || days[2 * i + 1]! < from) continue;
    if (!onScreen(matrix, position[2 * i]!, position[2 * i + 1]!)) continue;
    hits++;
    if (sizes) fill += sizes[i]! * sizes[i]!;
  }
  if (taken === n) return { inView: hits, fill };
  return { inView: Math.round((hits * n) / taken), fill: (fill * n) / taken };
}

/** How many of the window's incidents (passing the filters) are on screen (`estimateView`). */
export function estimateInView(input: InViewInput, samples = DENSE_SAMPLES): number {
  return estimateView(input, samples).inView;
}

/** A grid of square cells over the canvas: RGBA8 per cell, row 0 at the bottom (as GL's). */
export interface DenseGrid {
  /** Cells across and down. */
  cols: number;
  rows: number;
  /** Side of a cell in device pixels. */
  cell: number;
  /** Canvas size in device pixels. */
  width: number;
  height: number;
  /** `cols × rows` packed RGBA (little-endian: r in the low byte), 0 where nothing is painted. */
  pixels: Uint32Array;
}

/** A cleared grid of `cell`-pixel squares over a `width × height` canvas (device pixels). */
export function denseGrid(width: number, height: number, cell: number): DenseGrid {
  const cols = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  return { cols, rows, cell, width, height, pixels: new Uint32Array(cols * rows) };
}

/**
 * Paints each of the window's incidents passing the filter into the cell under it, opaque, in
 * its category's colour (`colors`: RGBA per incident, its alpha ignored); a later incident covers
 * an earlier one in the same cell, as the GPU's draw order does. Clears the grid first. Returns
 * how many incidents landed on screen.
 */
export function paintDense(input: InViewInput, colors: Uint8Array, grid: DenseGrid): number {
  const { position, days, lo, hi, filter, from, to, matrix: m } = input;
  const { cols, rows, cell, width, height, pixels } = grid;
  pixels.fill(0);
  const [k0, k1] = filter ? filteredRange(filter, lo, hi) : [lo, hi];
  const [m0, m1, m3, m4, m5, m7, m12, m13, m15] = [0, 1, 3, 4, 5, 7, 12, 13, 15].map((j) => m[j]!);
  const sx = width / 2 / cell;
  const sy = height / 2 / cell;
  const early = input.early ?? NONE;
  let painted = 0;
  // The early long incidents first: they lie before `lo`, so this is index (draw) order.
  for (let k = k0 - early.length; k < k1; k++) {
    const i = k < k0 ? early[k - k0 + early.length]! : filter ? filter[k]! : k;
    if (days[2 * i]! > to || days[2 * i + 1]! < from) continue;
    const x = position[2 * i]!;
    const y = position[2 * i + 1]!;
    const w = m3! * x + m7! * y + m15!;
    if (!(w > 0)) continue;
    const nx = (m0! * x + m4! * y + m12!) / w;
    const ny = (m1! * x + m5! * y + m13!) / w;
    if (nx < -1 || nx > 1 || ny < -1 || ny > 1) continue;
    const c = Math.min(cols - 1, Math.floor((nx + 1) * sx));
    const r = Math.min(rows - 1, Math.floor((ny + 1) * sy));
    pixels[r * cols + c] =
      (colors[4 * i]! | (colors[4 * i + 1]! << 8) | (colors[4 * i + 2]! << 16) | (255 << 24)) >>> 0;
    painted++;
  }
  return painted;
}

/** True when `inView` incidents on screen call for the dense mode. */
export function isDense(inView: number): boolean {
  return inView > DENSE_MIN;
}

/** Canvases the window's discs may fill (`ViewEstimate.fill` ÷ area) before squares replace them. */
export const DENSE_COVER = 1.25;

/**
 * Why `view` on a canvas of `area` CSS px² calls for dense squares: `many` incidents on screen
 * (`isDense`), discs `crowded` over more than `DENSE_COVER` of the canvas, or null for discs.
 */
export function denseReason(view: ViewEstimate, area: number): DenseReason {
  if (isDense(view.inView)) return 'many';
  return view.fill > DENSE_COVER * area ? 'crowded' : null;
}
