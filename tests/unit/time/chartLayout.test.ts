import { describe, expect, it } from 'vitest';
import { barX, chartLayout, veilEdges } from '../../../src/components/time/chartLayout';

/** An axis of 10 pixels a day from day 0. */
const axis = { dayToX: (day: number) => day * 10 };
/** Weekly bins over days 0..34. */
const bins = [0, 7, 14, 21, 28].map((from) => ({ from, to: from + 6, count: 1 }));

describe('timeline layout', () => {
  it('leaves a 1-pixel gap after each bar', () => {
    expect(barX(axis, { from: 7, to: 13 })).toEqual({ x0: 70, w: 69 });
  });
  it('veils the bars wholly before and after the window, half a gap beyond their edges', () => {
    expect(veilEdges(axis, bins, { from: 15, to: 16 })).toEqual({ left: 139.5, right: 209.5 });
  });
  it('leaves a bar the window only touches unveiled', () => {
    expect(veilEdges(axis, bins, { from: 13, to: 14 })).toEqual({ left: 69.5, right: 209.5 });
  });
  it('ignores empty bins, which have no bar', () => {
    const some = bins.map((b) => ({ ...b, count: b.from === 7 || b.from === 21 ? 0 : 1 }));
    expect(veilEdges(axis, some, { from: 15, to: 16 })).toEqual({ left: 69.5, right: 279.5 });
  });
  it('draws no veil on a side without bars outside the window', () => {
    expect(veilEdges(axis, bins, { from: 0, to: 34 })).toEqual({ left: null, right: null });
  });
  it('keeps the veil between the bars and the range lanes', () => {
    const l = chartLayout(92, 2, 0);
    expect([l.barBottom + 2 < l.rangeTop, l.rangeTop + l.laneCount * l.laneH]).toEqual([
      true,
      92 - l.tickH - 2,
    ]);
  });
});
