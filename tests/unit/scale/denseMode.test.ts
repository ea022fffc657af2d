import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import {
  DENSE_COVER,
  DENSE_MIN,
  denseGrid,
  denseReason,
  estimateInView,
  estimateView,
  isDense,
  paintDense,
  type InViewInput,
} from '../../../src/scale/denseMode.ts';
import { clipMatrix, homographyFromPoints } from '../../../src/scale/homography.ts';
import { pointAttributes } from '../../../src/scale/pointsGl.ts';
import { windowRange } from '../../../src/scale/windowRange.ts';

const cols = generateSynthetic(60_000, 3);
const attrs = pointAttributes(cols);
const origin = cols.originDay;

/** A top-down clip matrix showing Mercator offsets x0..x1, y0..y1 on a 1000×800 canvas. */
function view(x0: number, y0: number, x1: number, y1: number): Float32Array {
  const h = homographyFromPoints(
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
    [
      [0, 0],
      [1000, 0],
      [1000, 800],
      [0, 800],
    ],
  );
  return clipMatrix(h, 1000, 800);
}
const everywhere = view(-1, -1, 1, 1);
const westHalf = view(-1, -1, 0, 1);

/** The layer's input for window `from..to` (absolute days). */
function input(from: number, to: number, matrix: Float32Array, filter: Uint32Array | null = null) {
  const [lo, hi] = windowRange(cols.start, attrs.maxDuration, from, to);
  return {
    position: attrs.position,
    days: attrs.days,
    lo,
    hi,
    filter,
    from: from - origin,
    to: to - origin,
    matrix,
    sizes: attrs.sizes,
  } satisfies InViewInput;
}

/** Brute force: the window's incidents (passing `keep`) with x offset in x0..x1. */
function brute(from: number, to: number, keep: (i: number) => boolean, x0 = -1, x1 = 1): number {
  let n = 0;
  for (let i = 0; i < cols.count; i++) {
    const x = attrs.position[2 * i]!;
    if (cols.start[i]! <= to && cols.end[i]! >= from && keep(i) && x >= x0 && x <= x1) n++;
  }
  return n;
}
const all = { from: cols.start[0]!, to: cols.end.reduce((a, b) => Math.max(a, b), 0) };

describe('estimateInView', () => {
  it('counts exactly when the window holds no more candidates than the samples', () => {
    const from = all.from + 2000;
    const to = from + 20;
    expect(brute(from, to, () => true)).toBeLessThan(4096);
    expect(estimateInView(input(from, to, everywhere))).toBe(brute(from, to, () => true));
  });
  it('estimates a wide window within 3 % of the brute-force count on screen', () => {
    const exact = brute(all.from, all.to, () => true, -1, 0);
    const estimate = estimateInView(input(all.from, all.to, westHalf));
    expect(exact).toBeGreaterThan(1000);
    expect(exact).toBeLessThan(cols.count);
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.03);
  });
  it('counts only incidents passing the filter', () => {
    const even = Uint32Array.from({ length: cols.count / 2 }, (_, k) => 2 * k);
    const exact = brute(all.from, all.to, (i) => i % 2 === 0);
    const estimate = estimateInView(input(all.from, all.to, everywhere, even));
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.03);
  });
  it('counts nothing off screen or outside the window', () => {
    expect(estimateInView(input(all.from, all.to, view(5, 5, 6, 6)))).toBe(0);
    expect(estimateInView(input(all.to + 10, all.to + 20, everywhere))).toBe(0);
  });
});

/** Brute force: the sum of squared disc diameters of the window's incidents with x in x0..x1. */
function bruteFill(from: number, to: number, x0 = -1, x1 = 1): number {
  let fill = 0;
  for (let i = 0; i < cols.count; i++) {
    const x = attrs.position[2 * i]!;
    if (cols.start[i]! <= to && cols.end[i]! >= from && x >= x0 && x <= x1)
      fill += attrs.sizes[i]! ** 2;
  }
  return fill;
}

describe('estimateView', () => {
  it("sums the on-screen discs' squared diameters exactly when few candidates", () => {
    const from = all.from + 2000;
    const to = from + 20;
    const view = estimateView(input(from, to, everywhere));
    expect(view.fill).toBeGreaterThan(0);
    expect(view.fill).toBe(bruteFill(from, to));
  });
  it('estimates the fill of a wide window within 3 %', () => {
    const exact = bruteFill(all.from, all.to, -1, 0);
    const { fill } = estimateView(input(all.from, all.to, westHalf));
    expect(Math.abs(fill - exact) / exact).toBeLessThan(0.03);
  });
});

describe('denseReason', () => {
  const area = 1000 * 800;
  it('says many above DENSE_MIN on screen, whatever the fill', () => {
    expect(denseReason({ inView: DENSE_MIN + 1, fill: 0 }, area)).toBe('many');
  });
  it('says crowded when fewer discs would fill more than DENSE_COVER of the canvas', () => {
    expect(denseReason({ inView: 5000, fill: DENSE_COVER * area + 1 }, area)).toBe('crowded');
    expect(denseReason({ inView: 5000, fill: DENSE_COVER * area }, area)).toBeNull();
  });
  it('draws a year of 60k incidents over the region on a small map as squares, a month as discs', () => {
    const small = 600 * 400;
    const from = all.from + 3000;
    const year = estimateView(input(from, from + 364, everywhere));
    const month = estimateView(input(from, from + 29, everywhere));
    expect(year.inView).toBeLessThan(DENSE_MIN);
    expect(denseReason(year, small)).toBe('crowded');
    expect(denseReason(month, small)).toBeNull();
  });
});

describe('isDense', () => {
  it('switches to dense points above DENSE_MIN on screen, not at it', () => {
    expect(isDense(DENSE_MIN)).toBe(false);
    expect(isDense(DENSE_MIN + 1)).toBe(true);
  });
});

describe('paintDense', () => {
  /** Packed RGBA of sorted incident `i`'s category colour, opaque. */
  const colourOf = (i: number): number =>
    (attrs.colors[4 * i]! |
      (attrs.colors[4 * i + 1]! << 8) |
      (attrs.colors[4 * i + 2]! << 16) |
      (255 << 24)) >>>
    0;

  it('paints every incident of the window on screen, and says how many', () => {
    const grid = denseGrid(1000, 800, 2);
    const painted = paintDense(input(all.from, all.to, westHalf), attrs.colors, grid);
    expect(painted).toBe(brute(all.from, all.to, () => true, -1, 0));
    expect(grid.pixels.some((p) => p !== 0)).toBe(true);
  });
  it("paints one incident's cell in its category colour, opaque, and nothing else", () => {
    const i = 1234;
    const day = cols.start[i]!;
    const only = Uint32Array.of(i);
    const grid = denseGrid(1000, 800, 2);
    expect(paintDense(input(day, day, everywhere, only), attrs.colors, grid)).toBe(1);
    const lit = [...grid.pixels.keys()].filter((k) => grid.pixels[k] !== 0);
    expect(lit).toHaveLength(1);
    expect(grid.pixels[lit[0]!]).toBe(colourOf(i));
    // The cell under its position: x across 1000 px, y up 800 px (row 0 at the bottom).
    const x = attrs.position[2 * i]!;
    const y = attrs.position[2 * i + 1]!;
    const col = Math.floor(((x + 1) / 2) * 500);
    const row = Math.floor(((1 - y) / 2) * 400);
    expect(lit[0]).toBe(row * grid.cols + col);
  });
  it('clears the grid between paints and skips what the filter drops', () => {
    const grid = denseGrid(1000, 800, 2);
    paintDense(input(all.from, all.to, everywhere), attrs.colors, grid);
    expect(
      paintDense(input(all.from, all.to, everywhere, new Uint32Array(0)), attrs.colors, grid),
    ).toBe(0);
    expect(grid.pixels.every((p) => p === 0)).toBe(true);
  });
});
