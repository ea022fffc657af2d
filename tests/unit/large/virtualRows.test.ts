// Which rows a virtual list renders for a scroll position, where it scrolls to show a row, and
// which row each element of a pool of row elements shows.
import { describe, expect, it } from 'vitest';
import {
  rowOfPoolKey,
  scrollToRow,
  virtualPoolSize,
  virtualSlice,
} from '../../../src/components/list/virtualRows';

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

describe('a pool of row elements (row r in element r % pool)', () => {
  it('holds every slice of any scroll position, a scaled list included', () => {
    const big = { ...g, count: 1_000_000, maxSpacer: 1_000_000 };
    for (const geometry of [g, big, { ...g, viewport: 430 }]) {
      const pool = virtualPoolSize(geometry, 2);
      for (let scroll = 0; scroll < 20_000; scroll += 37) {
        const s = virtualSlice(geometry, scroll, 2);
        expect(s.last - s.first).toBeLessThanOrEqual(pool);
      }
    }
  });

  it('gives each element of the pool the one row of the slice it holds', () => {
    const pool = virtualPoolSize(g, 2);
    const s = virtualSlice(g, 8_000, 2); // rows 98..107
    const rows = Array.from({ length: pool }, (_, key) => rowOfPoolKey(key, s, pool));
    expect(rows.filter((r) => r >= 0).sort((a, b) => a - b)).toEqual(
      Array.from({ length: s.last - s.first }, (_, k) => s.first + k),
    );
    for (const [key, row] of rows.entries()) if (row >= 0) expect(row % pool).toBe(key);
  });

  it('says an element holds no row when the slice is shorter than the pool', () => {
    const short = virtualSlice({ ...g, count: 4 }, 0, 2);
    const pool = virtualPoolSize(g, 2);
    expect([0, 1, 2, 3, 4, pool - 1].map((key) => rowOfPoolKey(key, short, pool))).toEqual([
      0, 1, 2, 3, -1, -1,
    ]);
  });
});
