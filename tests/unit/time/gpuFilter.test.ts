import { describe, expect, it } from 'vitest';
import { gpuFilterRange, gpuFilterValue } from '../../../src/core/time/gpuFilter';
import { d, seedStore } from './fixture';

/** What the GPU does with filterSize 2: every value inside its range. */
function passes(value: [number, number], range: [[number, number], [number, number]]): boolean {
  return value.every((v, k) => v >= range[k]![0] && v <= range[k]![1]);
}

describe('GPU filter for the time window', () => {
  it('draws the same incidents as the store for a window', () => {
    const store = seedStore();
    const origin = store.start[0]!;
    const w = { from: d('2018-11-01'), to: d('2024-01-18') };
    const range = gpuFilterRange(w, origin);
    const drawn = [...Array(store.n).keys()].filter((i) =>
      passes(gpuFilterValue(store.start[i]!, store.end[i]!, origin), range),
    );
    expect(drawn).toEqual([...store.visibleIndices(w.from, w.to)]);
  });
  it('keeps values small relative to the origin', () => {
    expect(gpuFilterValue(d('2024-01-29'), d('2024-01-29'), d('2018-10-16'))).toEqual([1931, 1931]);
  });
});
