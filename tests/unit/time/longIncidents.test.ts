import { describe, expect, it } from 'vitest';
import { filteredStore } from '../../../src/core/filter/filteredStore.ts';
import { IncidentStore } from '../../../src/core/incidentStore.ts';
import { chooseBound, longAmong, longIndex, windowParts } from '../../../src/core/longIncidents.ts';
import { mulberry32 } from '../../../src/core/synthetic.ts';
import { windowRows, rowIndex } from '../../../src/core/time/windowIncidents.ts';

/** Seeded incidents over 2,000 days: most last 0–5 days, some 6–40, a few 100–400. */
function randomStore(n: number, seed: number): IncidentStore {
  const rand = mulberry32(seed);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = 10_000 + Math.floor(rand() * 2000);
    const kind = rand();
    const days =
      kind < 0.8
        ? Math.floor(rand() * 6)
        : kind < 0.95
          ? 6 + Math.floor(rand() * 35)
          : 100 + Math.floor(rand() * 301);
    end[i] = start[i]! + days;
  }
  return new IncidentStore({ start, end, lon: new Float64Array(n), lat: new Float64Array(n) });
}

const store = randomStore(20_000, 17);
const rand = mulberry32(99);
const windows = Array.from({ length: 150 }, (_, k) => {
  const from = 9_950 + Math.floor(rand() * 2_500);
  const width = k % 5 === 0 ? Math.floor(rand() * 900) : Math.floor(rand() * 40);
  return [from, from + width] as const;
});
const overlaps = (s: IncidentStore, i: number, from: number, to: number): boolean =>
  s.start[i]! <= to && s.end[i]! >= from;
/** Brute force: every sorted index overlapping the window (and passing `keep`), ascending. */
function brute(s: IncidentStore, from: number, to: number, keep = (_i: number) => true) {
  const out: number[] = [];
  for (let i = 0; i < s.n; i++) if (overlaps(s, i, from, to) && keep(i)) out.push(i);
  return out;
}
/** The window's candidates in order (early, then the range, through `inRange`), kept if overlapping. */
function drawn(
  s: IncidentStore,
  from: number,
  to: number,
  long?: Uint32Array,
  inRange: (lo: number, hi: number) => number[] = (lo, hi) =>
    Array.from({ length: hi - lo }, (_, k) => lo + k),
): number[] {
  const { early, lo, hi } = windowParts(s.start, s.longIndex, from, to, long);
  return [...early, ...inRange(lo, hi)].filter((i) => s.end[i]! >= from);
}

describe('longIndex', () => {
  it('keeps the long incidents apart with a bound below the longest duration', () => {
    const { bound, maxDuration, long } = store.longIndex;
    const expected = brute(
      store,
      -Infinity,
      Infinity,
      (i) => store.end[i]! - store.start[i]! > bound,
    );
    expect([bound > 0, bound < maxDuration, [...long]]).toEqual([true, true, expected]);
  });
  it('lists nothing apart when every incident lasts one day', () => {
    const start = Int32Array.from([1, 2, 3]);
    expect([chooseBound(start, start), longIndex(start, start).long.length]).toEqual([0, 0]);
  });
  it('chooses the cheapest bound by brute force, whether durations span few days or many', () => {
    const r = mulberry32(12);
    const sets = [5, 40, 400, 10_000, 5, 40, 400, 10_000].flatMap((spread) =>
      [1, 3, 6].map((power) =>
        Int32Array.from({ length: 200 }, () => Math.floor(r() ** power * spread)),
      ),
    );
    const cheapest = (days: Int32Array): number => {
      const max = Math.max(...days);
      let [best, bestCost] = [max, max];
      for (const d of [...new Set(days)].sort((a, b) => a - b)) {
        const cost = d + (days.filter((x) => x > d).length / days.length) * (max - d);
        if (cost < bestCost) [best, bestCost] = [d, cost];
      }
      return best;
    };
    const zero = new Int32Array(200);
    expect(sets.map((days) => chooseBound(zero, days))).toEqual(sets.map(cheapest));
  });
  it('lists nothing apart when all incidents last the same', () => {
    const start = Int32Array.from([1, 2, 3]);
    const end = Int32Array.from([31, 32, 33]);
    expect(longIndex(start, end).long.length).toBe(0);
  });
});

describe('windowParts', () => {
  it('yields exactly the incidents overlapping each window, in index order', () => {
    const wrong = windows.filter(
      ([f, t]) => drawn(store, f, t).join() !== brute(store, f, t).join(),
    );
    expect(wrong).toEqual([]);
  });
  it('yields exactly the overlapping incidents passing a filter, through the filtered long list', () => {
    const pick = mulberry32(3);
    const passing = Uint32Array.from(brute(store, -Infinity, Infinity, () => pick() < 0.4));
    const pass = new Set(passing);
    const long = longAmong(passing, store.start, store.end, store.longIndex.bound);
    const inRange = (lo: number, hi: number) => [...passing].filter((i) => i >= lo && i < hi);
    const wrong = windows.filter(
      ([f, t]) =>
        drawn(store, f, t, long, inRange).join() !== brute(store, f, t, (i) => pass.has(i)).join(),
    );
    expect(wrong).toEqual([]);
  });
  it('walks a week of starts plus the bound, not the longest incident', () => {
    const from = 11_000;
    const { early, lo, hi } = store.windowParts(from, from + 6);
    const old = store.rangeFor(from, from + 6);
    expect(early.length + hi - lo).toBeLessThan((old.hi - old.lo) / 3);
  });
});

describe('IncidentStore over long and short incidents', () => {
  const pick = mulberry32(8);
  const passing = Uint32Array.from(brute(store, -Infinity, Infinity, () => pick() < 0.5));
  const stores = { all: store, filtered: filteredStore(store, passing) };
  for (const [name, s] of Object.entries(stores)) {
    it(`counts and lists each window like brute force (${name})`, () => {
      const got = windows.map(([f, t]) => [s.countInWindow(f, t), [...s.visibleIndices(f, t)]]);
      const want = windows.map(([f, t]) => [brute(s, f, t).length, brute(s, f, t)]);
      expect(got).toEqual(want);
    });
    it(`gives the window's list rows like brute force (${name})`, () => {
      const got = windows.map(([f, t]) => {
        const rows = windowRows(s, f, t);
        return Array.from({ length: rows.count }, (_, r) => rowIndex(rows, r));
      });
      expect(got).toEqual(windows.map(([f, t]) => brute(s, f, t)));
    });
    it(`finds the incident nearest the window's end like brute force (${name})`, () => {
      const nearest = (f: number, t: number): number => {
        let best = -1;
        for (const i of brute(s, f, t))
          if (best < 0 || Math.min(s.end[i]!, t) >= Math.min(s.end[best]!, t)) best = i;
        return best;
      };
      const got = windows.map(([f, t]) => {
        const i = s.nearestInWindow(f, t);
        return i < 0 ? -1 : Math.min(s.end[i]!, t);
      });
      expect(got).toEqual(
        windows.map(([f, t]) => {
          const i = nearest(f, t);
          return i < 0 ? -1 : Math.min(s.end[i]!, t);
        }),
      );
    });
  }
});
