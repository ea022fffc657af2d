// Stale answers are dropped: only the latest ticket counts.
import { describe, expect, test } from 'vitest';
import { LatestOnly } from '../../../src/core/search/latest.ts';

describe('LatestOnly', () => {
  test('an older ticket is stale once a newer one is issued', () => {
    const t = new LatestOnly();
    const a = t.next();
    const b = t.next();
    expect(t.isLatest(a)).toBe(false);
    expect(t.isLatest(b)).toBe(true);
  });

  test('cancel makes every issued ticket stale', () => {
    const t = new LatestOnly();
    const a = t.next();
    t.cancel();
    expect(t.isLatest(a)).toBe(false);
  });

  test('no ticket is latest before one is issued', () => {
    expect(new LatestOnly().isLatest(0)).toBe(false);
  });
});
