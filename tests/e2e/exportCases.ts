// The two datasets the export e2e suite (`export.test.ts`) runs on: the seed articles and
// 100,000 synthetic incidents, each with a time window and the incidents it shows.
import { featureAt } from '../../src/core/binaryLayout.ts';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import type { IncidentFeature } from '../../src/core/types.ts';
import { incidents } from './helpers.ts';

/** One dataset the suite runs on, and the incidents its link shows (computed in Node). */
export interface Case {
  name: string;
  query: string;
  from: string;
  to: string;
  /** Every incident of the dataset, in any order. */
  all: () => IncidentFeature[];
  /** Wait until the page shows the data (map drawn, GPU layer mounted for large data). */
  ready: string;
}

/** Whether an incident's dates overlap the window `from`..`to`. */
export const overlaps = (f: IncidentFeature, from: string, to: string) =>
  f.properties.date <= to && (f.properties.date_end ?? f.properties.date) >= from;

const synthetic = generateSynthetic(100_000, 1);
/** The datasets the suite runs on. */
export const CASES: Case[] = [
  {
    name: 'the seed articles',
    query: '',
    from: '2024-01-01',
    to: '2024-01-31',
    all: () => incidents,
    ready: 'b.map && b.map.loaded() && b.map.getLayer("incident-markers") && b.view',
  },
  {
    name: '100,000 synthetic incidents',
    query: '?synthetic=100000&seed=1',
    from: '2018-10-01',
    to: '2018-12-31',
    all: () => {
      // Only the window's incidents are decoded: the rest cannot be shown.
      const [f, t] = [isoToDay('2018-10-01'), isoToDay('2018-12-31')];
      const out: IncidentFeature[] = [];
      for (let i = 0; i < synthetic.count; i++)
        if (synthetic.start[i]! <= t && synthetic.end[i]! >= f) out.push(featureAt(synthetic, i));
      return out;
    },
    ready: 'b.map && b.map.loaded() && b.large && b.view && !b.map.isMoving()',
  },
];
