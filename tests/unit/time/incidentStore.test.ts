import { describe, expect, it } from 'vitest';
import { IncidentStore } from '../../../src/core/incidentStore';
import { d, mulberry32, seedStore } from './fixture';

describe('IncidentStore on the seed dates', () => {
  const store = seedStore();

  it('sorts incidents by start day, then id', () => {
    expect(store.ids).toEqual([
      '2018-abduction',
      '2018-captivity',
      '2018-release',
      '2024-iran-strike',
      '2024-pakistan-strike',
      '2024-statement',
      '2024-meeting',
      '2024-islamabad',
    ]);
  });
  it('maps sorted indices back to the input order', () => {
    const i = store.indexOfId('2024-meeting');
    expect(store.rank[store.source[i]!]).toBe(i);
  });
  it('keeps the longest range as maxDuration', () => {
    expect(store.maxDuration).toBe(30);
  });
  it('spans the first start to the last end', () => {
    expect(store.extent).toEqual({ from: d('2018-10-16'), to: d('2024-01-29') });
  });
  it('shows only the 2024 incidents in a January 2024 window', () => {
    const ids = [...store.visibleIndices(d('2024-01-01'), d('2024-01-31'))].map(
      (i) => store.ids![i],
    );
    expect(ids).toEqual([
      '2024-iran-strike',
      '2024-pakistan-strike',
      '2024-statement',
      '2024-meeting',
      '2024-islamabad',
    ]);
  });
  it('counts a range that overlaps the window', () => {
    const ids = [...store.visibleIndices(d('2018-11-01'), d('2018-11-02'))].map(
      (i) => store.ids![i],
    );
    expect(ids).toEqual(['2018-captivity']);
  });
  it('treats window bounds as inclusive days', () => {
    expect(store.countInWindow(d('2024-01-29'), d('2024-01-29'))).toBe(1);
  });
  it('returns an empty range for an inverted window', () => {
    expect(store.rangeFor(10, 5)).toEqual({ lo: 0, hi: 0 });
  });
  it('finds the incident covering a day as nearest', () => {
    expect(store.ids![store.nearestTo(d('2018-11-01'))]).toBe('2018-captivity');
  });
  it('finds the closest later incident when it is nearer', () => {
    expect(store.ids![store.nearestTo(d('2024-01-25'))]).toBe('2024-meeting');
  });
  it('finds the nearest incident inside the window when a later one is nearer', () => {
    const i = store.nearestInWindow(d('2024-01-19'), d('2024-01-25'));
    expect(store.ids![i]).toBe('2024-statement');
  });
  it('finds no nearest incident in an empty window', () => {
    expect(store.nearestInWindow(d('2020-01-01'), d('2020-02-01'))).toBe(-1);
  });
  it('flags ranges and hedged days as uncertain', () => {
    expect([...Array(store.n).keys()].filter((i) => store.isUncertain(i)).length).toBe(3);
  });
  it('rejects an incident that ends before it starts', () => {
    expect(
      () => new IncidentStore({ start: [5], end: [4], lon: [0], lat: [0], ids: ['x'] }),
    ).toThrow(/x ends \(4\) before it starts \(5\)/);
  });
  it('rejects columns of unequal length', () => {
    expect(() => new IncidentStore({ start: [1, 2], end: [1], lon: [0, 0], lat: [0, 0] })).toThrow(
      /"end" has 1 rows, expected 2/,
    );
  });
  it('handles an empty dataset', () => {
    const empty = new IncidentStore({ start: [], end: [], lon: [], lat: [] });
    expect([empty.extent, empty.countInWindow(0, 10), empty.nearestTo(3)]).toEqual([null, 0, -1]);
  });
});

describe('IncidentStore against a brute-force filter (seeded random data)', () => {
  function randomStore(seed: number, n: number, maxLen: number): IncidentStore {
    const rnd = mulberry32(seed);
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      start[i] = 17_000 + Math.floor(rnd() * 2_000);
      end[i] = start[i]! + (rnd() < 0.2 ? Math.floor(rnd() * maxLen) : 0);
    }
    return new IncidentStore({ start, end, lon: new Float64Array(n), lat: new Float64Array(n) });
  }

  for (const [seed, maxLen] of [
    [1, 0],
    [2, 40],
    [3, 400],
  ] as const) {
    it(`matches brute force for 200 windows (seed ${seed}, ranges up to ${maxLen} days)`, () => {
      const store = randomStore(seed, 5_000, maxLen);
      const rnd = mulberry32(seed + 100);
      for (let k = 0; k < 200; k++) {
        const a = 16_900 + Math.floor(rnd() * 2_300);
        const from = a;
        const to = a + Math.floor(rnd() * 120);
        const expected: number[] = [];
        for (let i = 0; i < store.n; i++) {
          if (store.start[i]! <= to && store.end[i]! >= from) expected.push(i);
        }
        expect([...store.visibleIndices(from, to)]).toEqual(expected);
        expect(store.countInWindow(from, to)).toBe(expected.length);
        const { lo, hi } = store.rangeFor(from, to);
        expect(expected.every((i) => i >= lo && i < hi)).toBe(true);
      }
    });
  }

  it('counts wide windows (up to 2,000 days) as brute force does', () => {
    const store = randomStore(5, 5_000, 400);
    const rnd = mulberry32(105);
    for (let k = 0; k < 100; k++) {
      const from = 16_900 + Math.floor(rnd() * 2_300);
      const to = from + Math.floor(rnd() * 2_000);
      let expected = 0;
      for (let i = 0; i < store.n; i++) if (store.inWindow(i, from, to)) expected++;
      expect(store.countInWindow(from, to)).toBe(expected);
    }
  });

  it('matches brute force for the nearest incident', () => {
    const store = randomStore(7, 2_000, 60);
    const rnd = mulberry32(8);
    for (let k = 0; k < 200; k++) {
      const day = 16_950 + Math.floor(rnd() * 2_100);
      let best = Infinity;
      for (let i = 0; i < store.n; i++) {
        const dist =
          store.start[i]! > day ? store.start[i]! - day : Math.max(0, day - store.end[i]!);
        best = Math.min(best, dist);
      }
      const i = store.nearestTo(day);
      const got = store.start[i]! > day ? store.start[i]! - day : Math.max(0, day - store.end[i]!);
      expect(got).toBe(best);
    }
  });

  it('matches brute force for the nearest incident inside a window', () => {
    const store = randomStore(9, 2_000, 60);
    const rnd = mulberry32(10);
    for (let k = 0; k < 200; k++) {
      const from = 16_950 + Math.floor(rnd() * 2_100);
      const to = from + Math.floor(rnd() * 30);
      let best = Infinity;
      for (let i = 0; i < store.n; i++) {
        if (store.inWindow(i, from, to)) best = Math.min(best, to - Math.min(store.end[i]!, to));
      }
      const i = store.nearestInWindow(from, to);
      if (best === Infinity) expect(i).toBe(-1);
      else
        expect([store.inWindow(i, from, to), to - Math.min(store.end[i]!, to)]).toEqual([
          true,
          best,
        ]);
    }
  });

  it('keeps the candidate range exact when no incident has a range', () => {
    const store = randomStore(4, 5_000, 0);
    const { lo, hi } = store.rangeFor(17_500, 17_600);
    expect(hi - lo).toBe(store.countInWindow(17_500, 17_600));
  });
});

describe('IncidentStore from presorted columns', () => {
  it('keeps the identity order for columns already sorted by start', () => {
    const store = new IncidentStore({
      start: [1, 1, 3],
      end: [1, 2, 3],
      lon: [0, 0, 0],
      lat: [0, 0, 0],
    });
    expect([...store.source]).toEqual([0, 1, 2]);
  });
});

describe('IncidentStore sorting', () => {
  function expectedOrder(start: number[], ids: string[]): number[] {
    return start
      .map((_, i) => i)
      .sort(
        (a, b) => start[a]! - start[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b),
      );
  }
  function randomRows(seed: number, n: number, spanDays: number) {
    const rnd = mulberry32(seed);
    const start = Array.from({ length: n }, () => Math.floor(rnd() * spanDays));
    const ids = Array.from({ length: n }, () => `id-${Math.floor(rnd() * n)}`);
    return { start, ids };
  }

  it('orders by start then id with the counting sort (narrow span)', () => {
    const { start, ids } = randomRows(11, 3_000, 100);
    const store = new IncidentStore({ start, end: start, lon: start, lat: start, ids });
    expect([...store.source]).toEqual(expectedOrder(start, ids));
  });
  it('orders by start then id with the comparison sort (wide span)', () => {
    const { start, ids } = randomRows(12, 300, 10_000_000);
    const store = new IncidentStore({ start, end: start, lon: start, lat: start, ids });
    expect([...store.source]).toEqual(expectedOrder(start, ids));
  });
});
