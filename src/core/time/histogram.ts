// Incidents per period for the bars above the time axis. Counts come from binary searches on the
// sorted start days, so a histogram costs O(bins · log n) even at a million incidents. An incident
// counts in the bin of its start day; ranges are drawn separately (see `ranges.ts`).

import { lowerBound, upperBound, type IncidentStore } from '../incidentStore';
import { addMonths, startOfMonth, startOfWeek } from './calendar';
import type { TimeWindow } from './window';

/** Width of a histogram bin. */
export type BinUnit = 'day' | 'week' | 'month';

/** One bar: incidents starting on days `from..to`. */
export interface HistogramBin {
  from: number;
  to: number;
  /** Incidents starting in the bin. */
  count: number;
  /** Of those, incidents whose date is a range or hedged (not a known single day). */
  uncertain: number;
}

/** Bin width for a span of days shown: days up to four months, weeks up to two years, else months. */
export function autoBinUnit(spanDays: number): BinUnit {
  if (spanDays <= 120) return 'day';
  if (spanDays <= 730) return 'week';
  return 'month';
}

function nextBinStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day + 1;
  if (unit === 'week') return startOfWeek(day) + 7;
  return addMonths(startOfMonth(day), 1);
}

/**
 * Bins covering each of `spans` (inclusive day ranges, e.g. `TimeAxis.linearDays`), aligned to
 * calendar days, ISO weeks or months and cut at the span ends.
 */
export function histogram(
  store: IncidentStore,
  spans: readonly TimeWindow[],
  unit: BinUnit,
): HistogramBin[] {
  const bins: HistogramBin[] = [];
  for (const span of spans) {
    for (let from = span.from; from <= span.to;) {
      const to = Math.min(span.to, nextBinStart(from, unit) - 1);
      const lo = lowerBound(store.start, from);
      const hi = upperBound(store.start, to);
      const uncertain = store.uncertainPrefix[hi]! - store.uncertainPrefix[lo]!;
      bins.push({ from, to, count: hi - lo, uncertain });
      from = to + 1;
    }
  }
  return bins;
}
