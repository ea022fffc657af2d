import { describe, expect, it } from 'vitest';
import {
  openingNote,
  openingWindow,
  RECENT_DAYS,
  RECENT_OPEN_MIN,
} from '../../../src/core/time/openingWindow.ts';
import { windowWidth } from '../../../src/core/time/window.ts';

const extent = { from: 14_610, to: 20_454 }; // 2010-01-01 .. 2025-12-31

describe('openingWindow', () => {
  it('opens a small dataset on all its days (null)', () => {
    expect(openingWindow(RECENT_OPEN_MIN, extent)).toBeNull();
    expect(openingWindow(8, extent)).toBeNull();
  });
  it('opens a large dataset on its last RECENT_DAYS days, ending on its last day', () => {
    const w = openingWindow(RECENT_OPEN_MIN + 1, extent)!;
    expect(w).toEqual({ from: extent.to - RECENT_DAYS + 1, to: extent.to });
    expect(windowWidth(w)).toBe(RECENT_DAYS);
  });
  it('opens on everything when the data spans no more than the recent window', () => {
    expect(openingWindow(1_000_000, { from: 100, to: 100 + RECENT_DAYS - 1 })).toBeNull();
    expect(openingWindow(1_000_000, { from: 100, to: 100 + RECENT_DAYS })).toEqual({
      from: 101,
      to: 100 + RECENT_DAYS,
    });
  });
  it('has nothing to open on without an extent', () => {
    expect(openingWindow(1_000_000, null)).toBeNull();
  });
});

describe('openingNote', () => {
  it('names the window, the total and the way back', () => {
    expect(openingNote(1_000_000)).toBe(
      'Showing the last 30 days of 1,000,000 incidents — widen the time window to see more.',
    );
  });
});
