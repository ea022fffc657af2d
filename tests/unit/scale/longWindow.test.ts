import { describe, expect, it } from 'vitest';
import { longAmong, windowParts } from '../../../src/core/longIncidents.ts';
import { generateSynthetic, mulberry32 } from '../../../src/core/synthetic.ts';
import {
  denseGrid,
  estimateInView,
  paintDense,
  type InViewInput,
} from '../../../src/scale/denseMode.ts';
import { pointAttributes } from '../../../src/scale/pointsGl.ts';
import { windowRange } from '../../../src/scale/windowRange.ts';

// The synthetic data mixes single days with 1–4 week and year-long incidents (2 %).
const cols = generateSynthetic(60_000, 7);
const attrs = pointAttributes(cols);
const origin = cols.originDay;
/** Identity clip matrix: Mercator offsets in -1..1 are on screen (the whole data here). */
const everywhere = Float32Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
const rand = mulberry32(21);
const weeks = Array.from({ length: 60 }, () => {
  const from = cols.start[0]! + Math.floor(rand() * 5900);
  return [from, from + 6] as const;
});
const pick = mulberry32(4);
const passing = Uint32Array.from({ length: cols.count }, (_, i) => i).filter(() => pick() < 0.3);
const passes = new Set(passing);

/** The layer's dense-mode input for a window: the long ones apart (as pointsGl gives it). */
function split(from: number, to: number, filter: Uint32Array | null): InViewInput {
  const { bound } = attrs.longIndex;
  const long = filter ? longAmong(filter, cols.start, cols.end, bound) : undefined;
  const { early, lo, hi } = windowParts(cols.start, attrs.longIndex, from, to, long);
  const w = { from: from - origin, to: to - origin };
  return {
    position: attrs.position,
    days: attrs.days,
    early,
    lo,
    hi,
    filter,
    ...w,
    matrix: everywhere,
  };
}
/** The same window as one contiguous candidate range reaching back the longest incident. */
function contiguous(from: number, to: number, filter: Uint32Array | null): InViewInput {
  const [lo, hi] = windowRange(cols.start, attrs.maxDuration, from, to);
  const w = { from: from - origin, to: to - origin };
  return { position: attrs.position, days: attrs.days, lo, hi, filter, ...w, matrix: everywhere };
}
/** Brute force: incidents overlapping the window and passing `keep`. */
function brute(from: number, to: number, keep: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < cols.count; i++)
    if (cols.start[i]! <= to && cols.end[i]! >= from && keep(i)) n++;
  return n;
}

describe('the large layer with long incidents apart', () => {
  it('splits off the year-long incidents with a bound of weeks', () => {
    const { bound, maxDuration, long } = attrs.longIndex;
    expect([bound, maxDuration, long.length > 0]).toEqual([30, 364, true]);
  });
  for (const [name, filter] of [
    ['all', null],
    ['filtered', passing],
  ] as const) {
    const keep = filter ? (i: number) => passes.has(i) : () => true;
    it(`counts each week window's incidents like brute force (${name})`, () => {
      const got = weeks.map(([f, t]) => estimateInView(split(f, t, filter), 1e9));
      expect(got).toEqual(weeks.map(([f, t]) => brute(f, t, keep)));
    });
    it(`paints the same grid as the contiguous range (${name})`, () => {
      const differ = weeks.filter(([f, t]) => {
        const a = denseGrid(400, 300, 2);
        const b = denseGrid(400, 300, 2);
        const n = paintDense(split(f, t, filter), attrs.colors, a);
        const m = paintDense(contiguous(f, t, filter), attrs.colors, b);
        return n !== m || a.pixels.some((p, k) => p !== b.pixels[k]);
      });
      expect(differ).toEqual([]);
    });
  }
  it('estimates from evenly spaced samples across both parts', () => {
    const [f] = weeks[0]!;
    const t = f + 400;
    const exact = brute(f, t, () => true);
    expect(Math.abs(estimateInView(split(f, t, null), 512) - exact) / exact).toBeLessThan(0.05);
  });
});
