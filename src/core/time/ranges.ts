// Incidents whose date is uncertain (a range such as "between October 16 and November 15", or a
// hedged day such as "nearly 10 days ago"), grouped for drawing as bars under the histogram. Equal
// ranges are drawn once with a count; overlapping ones are stacked in lanes.

import type { IncidentStore } from '../incidentStore';
import type { DatePrecision } from '../types';

/** One drawn range. */
export interface RangeBar {
  /** First day (inclusive). */
  from: number;
  /** Last day (inclusive); equal to `from` for a hedged single day. */
  to: number;
  precision: DatePrecision;
  /** Incidents sharing this range and precision. */
  count: number;
  /** Sorted index of the first such incident. */
  first: number;
  /** Row to draw in, from 0, so overlapping bars do not hide each other. */
  lane: number;
}

/** The grouped uncertain dates, at most `limit` bars (the rest counted in `omitted`). */
export function rangeBars(
  store: IncidentStore,
  limit = 300,
): { bars: RangeBar[]; omitted: number; lanes: number } {
  const byKey = new Map<string, RangeBar>();
  let omitted = 0;
  for (let i = 0; i < store.n; i++) {
    if (!store.isUncertain(i)) continue;
    const key = `${store.start[i]}:${store.end[i]}:${store.precision[i]}`;
    const bar = byKey.get(key);
    if (bar) bar.count++;
    else if (byKey.size < limit) {
      byKey.set(key, {
        from: store.start[i]!,
        to: store.end[i]!,
        precision: store.precisionOf(i),
        count: 1,
        first: i,
        lane: 0,
      });
    } else omitted++;
  }
  // Greedy lane packing in start order (the store is sorted by start).
  const laneEnds: number[] = [];
  const bars = [...byKey.values()];
  for (const bar of bars) {
    let lane = laneEnds.findIndex((end) => end < bar.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = bar.to;
    bar.lane = lane;
  }
  return { bars, omitted, lanes: laneEnds.length };
}
