// The timeline's layout (TimelineChart.svelte and TimelineBars.svelte share it): where the bars
// end, the range-bar lanes below them and the tick row at the bottom, where each bar lies and
// where the veils over the bars outside the window go. Pure: no DOM.
import type { TimeWindow } from '../../core/time/window';

/** Vertical positions of the timeline's parts, in pixels from its top. */
export interface ChartLayout {
  /** Height of the whole drawing. */
  height: number;
  /** Height of the tick row at the bottom. */
  tickH: number;
  /** Range-bar lanes drawn (0 when some uncertain dates would not fit). */
  laneCount: number;
  /** Height of one lane. */
  laneH: number;
  /** Top of the first lane. */
  rangeTop: number;
  /** Baseline the bars stand on. */
  barBottom: number;
  /** Height of the tallest bar. */
  barArea: number;
}

/** Height of the tick row. */
const TICK_H = 18;

/**
 * The layout of a `height`-pixel timeline with `lanes` range-bar lanes wanted, up to 4, none when
 * `omitted` uncertain dates did not fit (a large dataset would show its first years' ranges only).
 */
export function chartLayout(height: number, lanes: number, omitted: number): ChartLayout {
  const laneCount = omitted > 0 ? 0 : Math.min(lanes, 4);
  const laneH = laneCount > 0 ? 5 : 0;
  const rangeTop = height - TICK_H - laneCount * laneH - 2;
  const barBottom = rangeTop - 3;
  return {
    height,
    tickH: TICK_H,
    laneCount,
    laneH,
    rangeTop,
    barBottom,
    barArea: Math.max(10, barBottom - 4),
  };
}

/** What the layout reads of the time axis (core/time/axis.ts `TimeAxis`). */
export interface DayToX {
  dayToX(day: number): number;
}

/** Left edge and width in pixels of the bar of `bin` (inclusive days), 1 pixel apart from the next. */
export function barX(axis: DayToX, bin: TimeWindow): { x0: number; w: number } {
  const x0 = axis.dayToX(bin.from);
  return { x0, w: Math.max(1, axis.dayToX(bin.to + 1) - x0 - 1) };
}

/**
 * Where the white veils over the bars outside `window` end (left) and start (right), in pixels:
 * the right edge of the last bar wholly before the window and the left edge of the first wholly
 * after it, each widened by half the 1-pixel gap between bars so the veil covers their
 * anti-aliased edges whole; null when no bar lies on that side. `bins` are in day order; empty
 * ones have no bar.
 */
export function veilEdges(
  axis: DayToX,
  bins: readonly (TimeWindow & { count: number })[],
  window: TimeWindow,
): { left: number | null; right: number | null } {
  let left: number | null = null;
  for (const bin of bins) {
    if (bin.count === 0) continue; // no bar
    if (bin.to < window.from) {
      const { x0, w } = barX(axis, bin);
      left = x0 + w + 0.5;
    } else if (bin.from > window.to) {
      return { left, right: barX(axis, bin).x0 - 0.5 };
    }
  }
  return { left, right: null };
}
