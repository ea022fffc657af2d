// The hits mask and the best matches that pass the other filters.
import { describe, expect, test } from 'vitest';
import { hitsMask, topPassing } from '../../../src/core/search/hits.ts';

describe('hitsMask', () => {
  test('marks exactly the ranked sorted indices', () => {
    expect([...hitsMask(6, Uint32Array.of(4, 1))]).toEqual([0, 1, 0, 0, 1, 0]);
  });

  test('ignores an index past the dataset (an answer for a larger, older dataset)', () => {
    expect([...hitsMask(2, Uint32Array.of(1, 5))]).toEqual([0, 1]);
  });
});

describe('topPassing', () => {
  test('keeps rank order, skips what the other filters hide, counts all that pass', () => {
    const ranked = Uint32Array.of(9, 2, 7, 4, 5);
    const { top, total } = topPassing(ranked, (i) => i !== 2 && i !== 5, 2);
    expect(top).toEqual([9, 7]);
    expect(total).toBe(3);
  });
});
