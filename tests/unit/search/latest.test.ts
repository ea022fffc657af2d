// Stale answers are dropped: only the latest ticket counts; one query in flight, the latest next.
import { describe, expect, test } from 'vitest';
import { LatestOnly, OneInFlight } from '../../../src/core/search/latest.ts';

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

describe('OneInFlight', () => {
  test('the first question is sent at once', () => {
    const f = new OneInFlight<string>();
    expect(f.ask('a')).toEqual({ send: 'a', dropped: null });
  });

  test('questions asked meanwhile wait; only the latest is kept, the others are dropped', () => {
    const f = new OneInFlight<string>();
    f.ask('s');
    expect(f.ask('sa')).toEqual({ send: null, dropped: null });
    expect(f.ask('sar')).toEqual({ send: null, dropped: 'sa' });
    expect(f.answered()).toBe('sar');
    expect(f.answered()).toBeNull();
  });

  test('once everything is answered the next question goes at once', () => {
    const f = new OneInFlight<string>();
    f.ask('a');
    f.answered();
    expect(f.ask('b')).toEqual({ send: 'b', dropped: null });
  });
});
