import { describe, expect, test } from 'vitest';
import { highlightHooks, highlightPlan, inWindow } from '../../../src/scale/highlights.ts';

// Three incidents sorted by start day: 0 on day 10, 1 on days 20..25, 2 on day 40.
const start = Int32Array.from([10, 20, 40]);
const end = Int32Array.from([10, 25, 40]);

describe('inWindow', () => {
  test('an incident whose range overlaps the window is in it', () => {
    expect(inWindow(start, end, 1, 24, 30)).toBe(true);
  });

  test('an incident that ended before the window is not in it', () => {
    expect(inWindow(start, end, 0, 11, 30)).toBe(false);
  });
});

describe('highlightPlan', () => {
  test('a selection in the window gets its ring and is not redrawn faded', () => {
    expect(highlightPlan(start, end, 15, 30, 1, -1)).toEqual({
      faded: -1,
      selectedRing: 1,
      hoverRing: -1,
    });
  });

  test('a selection outside the window is drawn faded with its ring', () => {
    expect(highlightPlan(start, end, 15, 30, 2, -1)).toEqual({
      faded: 2,
      selectedRing: 2,
      hoverRing: -1,
    });
  });

  test('a hovered incident in the window gets the hover ring', () => {
    expect(highlightPlan(start, end, 15, 30, -1, 1).hoverRing).toBe(1);
  });

  test('a hovered incident outside the window gets no ring', () => {
    expect(highlightPlan(start, end, 15, 30, -1, 0).hoverRing).toBe(-1);
  });

  test('hovering the faded selection rings it', () => {
    expect(highlightPlan(start, end, 15, 30, 0, 0)).toEqual({
      faded: 0,
      selectedRing: 0,
      hoverRing: 0,
    });
  });

  test('indices outside the data count as none', () => {
    expect(highlightPlan(start, end, 15, 30, 3, 7)).toEqual({
      faded: -1,
      selectedRing: -1,
      hoverRing: -1,
    });
  });
});

describe('highlightHooks', () => {
  test('report the hover ring and a selection drawn outside the window', () => {
    const hooks = highlightHooks(() => ({ start, end, from: 30, to: 45, selected: 0, hovered: 2 }));
    expect([hooks.hovered(), hooks.selectedDrawn()]).toEqual([2, true]);
  });
  test('report no hover ring on an incident outside the window', () => {
    const hooks = highlightHooks(() => ({
      start,
      end,
      from: 30,
      to: 45,
      selected: -1,
      hovered: 0,
    }));
    expect([hooks.hovered(), hooks.selectedDrawn()]).toEqual([-1, false]);
  });
});
