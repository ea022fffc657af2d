// Which rows a virtual list renders for a scroll position, and where it scrolls to show a row.
import { describe, expect, it } from 'vitest';
import { scrollToRow, virtualSlice } from '../../../src/components/list/virtualRows';

const g = { count: 10_000, rowHeight: 80, viewport: 400 };

describe('virtualSlice', () => {
  it('at the top renders the rows in view plus the overscan below', () => {
    expect(virtualSlice(g, 0, 3)).toEqual({ first: 0, last: 9, spacer: 800_000, top: 0 });
  });

  it('scrolled down renders the rows around the scroll position, placed where they belong', () => {
    const s = virtualSlice(g, 8_000, 2);
    expect(s.first).toBe(98);
    expect(s.last).toBe(108);
    expect(s.top).toBe(98 * 80);
  });

  it('renders nothing for an empty list', () => {
    expect(virtualSlice({ ...g, count: 0 }, 0)).toEqual({ first: 0, last: 0, spacer: 0, top: 0 });
  });

  it('a list longer than the spacer limit still reaches its last row at the bottom', () => {
    const big = { ...g, count: 1_000_000, maxSpacer: 1_000_000 };
    const s = virtualSlice(big, 1_000_000 - 400, 0);
    expect(s.spacer).toBe(1_000_000);
    expect(s.last).toBe(1_000_000);
    // The last row's bottom is the viewport's bottom.
    const lastTop = s.top + (s.last - 1 - s.first) * 80;
    expect(lastTop + 80).toBeCloseTo(1_000_000, 6);
  });
});

describe('scrollToRow', () => {
  it('keeps the position when the row is in view', () => {
    expect(scrollToRow(g, 0, 3)).toBe(0);
  });

  it('scrolls down just enough to show a row below', () => {
    expect(scrollToRow(g, 0, 10)).toBe(11 * 80 - 400);
  });

  it('scrolls up to a row above', () => {
    expect(scrollToRow(g, 8_000, 5)).toBe(400);
  });

  it('brings any row of a scaled list into the rendered slice', () => {
    const big = { ...g, count: 1_000_000, maxSpacer: 1_000_000 };
    for (const row of [0, 123_456, 999_999]) {
      const s = virtualSlice(big, scrollToRow(big, 0, row));
      expect(row).toBeGreaterThanOrEqual(s.first);
      expect(row).toBeLessThan(s.last);
    }
  });
});
