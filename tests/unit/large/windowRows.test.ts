// The excerpt list's rows for a window over a large store: the same incidents, in the same order,
// as the store's brute-force `visibleIndices`, read one row at a time without building that array.
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/core/days';
import { rowIndex, rowOfIndex, windowRows } from '../../../src/core/time/windowIncidents';
import { generateSynthetic } from '../../../src/core/synthetic';
import { storeFromColumns } from '../../../src/scale/windowRange';

const store = storeFromColumns(generateSynthetic(20_000, 7));
const WINDOWS: [string, string][] = [
  ['2018-10-01', '2018-12-31'],
  ['2024-01-10', '2024-01-10'],
  ['2010-01-01', '2025-12-31'],
  ['2001-01-01', '2001-12-31'],
];

describe('windowRows', () => {
  for (const [from, to] of WINDOWS) {
    it(`rows of ${from}..${to} are the incidents overlapping it, in date order`, () => {
      const [f, t] = [isoToDay(from), isoToDay(to)];
      const rows = windowRows(store, f, t);
      const listed = Array.from({ length: rows.count }, (_, r) => rowIndex(rows, r));
      expect(listed).toEqual(Array.from(store.visibleIndices(f, t)));
    });
  }

  it('lists incidents that started before the window and still run into it first', () => {
    const [f, t] = [isoToDay('2018-10-01'), isoToDay('2018-10-31')];
    const rows = windowRows(store, f, t);
    expect(rows.early.length).toBeGreaterThan(0);
    for (const i of rows.early) expect(store.start[i]).toBeLessThan(f);
    expect(store.start[rowIndex(rows, rows.early.length)]).toBeGreaterThanOrEqual(f);
  });

  it('finds the row of every listed incident, and -1 for one outside the window', () => {
    const [f, t] = [isoToDay('2018-10-01'), isoToDay('2018-11-15')];
    const rows = windowRows(store, f, t);
    for (let r = 0; r < rows.count; r++) expect(rowOfIndex(rows, rowIndex(rows, r))).toBe(r);
    const outside = store.visibleIndices(isoToDay('2012-01-01'), isoToDay('2012-01-31'))[0]!;
    expect(rowOfIndex(rows, outside)).toBe(-1);
  });

  it('an empty window has no rows', () => {
    expect(windowRows(store, isoToDay('2001-01-01'), isoToDay('2001-02-01')).count).toBe(0);
  });
});
