// The timeline's vertical layout (TimelineChart.svelte and TimelineBars.svelte share it): where
// the bars end, the range-bar lanes below them and the tick row at the bottom.

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
