import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAcledCsv } from '../../../src/core/acled.ts';
import { columnsFromFeatures, featureAt } from '../../../src/core/binaryLayout.ts';
import { generateSynthetic, mulberry32 } from '../../../src/core/synthetic.ts';
import { maxDurationOf, storeFromColumns, windowRange } from '../../../src/scale/windowRange.ts';

const cols = generateSynthetic(50_000, 11);
const maxDuration = maxDurationOf(cols);
const rand = mulberry32(5);
const windows = Array.from({ length: 40 }, () => {
  const from = cols.start[0]! - 30 + Math.floor(rand() * 6000);
  return [from, from + Math.floor(rand() * 200)] as const;
});
const overlaps = (i: number, from: number, to: number): boolean =>
  cols.start[i]! <= to && cols.end[i]! >= from;

describe('windowRange', () => {
  it('contains every incident that overlaps the window', () => {
    const missed = windows.flatMap(([from, to]) => {
      const [lo, hi] = windowRange(cols.start, maxDuration, from, to);
      const out: number[] = [];
      for (let i = 0; i < cols.count; i++)
        if (overlaps(i, from, to) && (i < lo || i >= hi)) out.push(i);
      return out;
    });
    expect(missed).toEqual([]);
  });
  it('holds only incidents starting on or before the window end', () => {
    const [from, to] = windows[0]!;
    const [, hi] = windowRange(cols.start, maxDuration, from, to);
    expect([cols.start[hi - 1]! <= to, hi === cols.count || cols.start[hi]! > to]).toEqual([
      true,
      true,
    ]);
  });
  it('is empty for an inverted window', () => {
    expect(windowRange(cols.start, maxDuration, 100, 99)).toEqual([0, 0]);
  });
});

describe('storeFromColumns', () => {
  const store = storeFromColumns(cols);
  it('keeps the column order (sorted index i is column row i)', () => {
    expect(store.source.every((j, i) => j === i)).toBe(true);
  });
  it('keeps the column order of an import and finds its incidents by id', () => {
    const features = parseAcledCsv(
      readFileSync('tests/fixtures/acled/valid/in/invented-border-rows.csv', 'utf8'),
    ).features;
    const imported = columnsFromFeatures(features);
    const s = storeFromColumns(imported);
    const i = s.indexOfId('acled-TEST0004');
    expect([s.source.every((j, k) => j === k), featureAt(imported, i).properties.id]).toEqual([
      true,
      'acled-TEST0004',
    ]);
  });
  it('counts a window like brute force', () => {
    const counts = windows.map(([from, to]) => store.countInWindow(from, to));
    const brute = windows.map(([from, to]) => {
      let n = 0;
      for (let i = 0; i < cols.count; i++) if (overlaps(i, from, to)) n++;
      return n;
    });
    expect(counts).toEqual(brute);
  });
});
