import { describe, expect, it } from 'vitest';
import { axisTicks, buildAxis, coverageClusters } from '../../../src/core/time/axis';
import { autoBinUnit, histogram } from '../../../src/core/time/histogram';
import { rangeBars } from '../../../src/core/time/ranges';
import { incidentDays, snapEdge } from '../../../src/core/time/snap';
import { dayToIso } from '../../../src/core/days';
import { d, seedStore } from './fixture';

const store = seedStore();
const clusters = coverageClusters(store.start, store.end, 90);
const axis = buildAxis(clusters, { width: 375, gapPx: 24, padDays: 3 });

describe('axis with collapsed gaps', () => {
  it('groups the seed incidents into the 2018 and 2024 episodes', () => {
    expect(clusters.map((c) => [dayToIso(c.from), dayToIso(c.to)])).toEqual([
      ['2018-10-16', '2018-11-15'],
      ['2024-01-17', '2024-01-29'],
    ]);
  });
  it('collapses the five-year gap into one break', () => {
    expect(axis.breaks.map((b) => b.x1 - b.x0)).toEqual([24]);
  });
  it('draws both episodes at one scale', () => {
    expect(axis.pxPerDay(d('2018-10-20'))).toBeCloseTo(axis.pxPerDay(d('2024-01-20')));
  });
  it('gives the episodes all but the break width', () => {
    const days = 31 + 6 + (13 + 6);
    expect(axis.pxPerDay(d('2024-01-20'))).toBeCloseTo((375 - 24) / days);
  });
  it('maps days to pixels and back', () => {
    const x = axis.dayToX(d('2024-01-19'));
    expect(axis.xToDay(x)).toBeCloseTo(d('2024-01-19'));
  });
  it('is monotonic across the break', () => {
    const xs = [d('2018-11-15'), d('2020-06-01'), d('2024-01-17')].map((v) => axis.dayToX(v));
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true);
  });
  it('places a window end on the right edge of its day', () => {
    expect(axis.xToEdgeDay(axis.edgeX(d('2024-01-19'), 'to'), 'to')).toBe(d('2024-01-19'));
  });
  it('does not collapse gaps shorter than the threshold', () => {
    const few = coverageClusters(new Int32Array([0, 50]), new Int32Array([0, 50]), 90);
    expect(few).toHaveLength(1);
  });
  it('zooms to a view, showing a short clipped empty stretch uncollapsed', () => {
    const zoomed = buildAxis(clusters, {
      width: 300,
      view: { from: d('2024-01-01'), to: d('2024-01-31') },
    });
    expect([zoomed.breaks.length, dayToIso(zoomed.start), dayToIso(zoomed.end - 1)]).toEqual([
      0,
      '2024-01-01',
      '2024-01-31',
    ]);
  });
  it('keeps a long clipped empty stretch collapsed when zoomed', () => {
    const zoomed = buildAxis(clusters, {
      width: 300,
      view: { from: d('2023-06-01'), to: d('2024-01-31') },
    });
    expect(zoomed.breaks).toHaveLength(1);
  });
  it('labels each episode on a narrow screen', () => {
    const labels = axisTicks(axis, 84).map((t) => dayToIso(t.day));
    expect(
      labels.slice(0, 1).concat(labels.filter((l) => l.startsWith('2024')).slice(0, 1)),
    ).toEqual(['2018-10-13', '2024-01-14']);
  });
});

describe('snapping', () => {
  const days = incidentDays(store);
  it('lists each incident start and end day once', () => {
    expect(days.length).toBe(7);
  });
  it('snaps a handle within the threshold to the incident day', () => {
    const x = axis.edgeX(d('2024-01-19'), 'to') + 4;
    expect(dayToIso(snapEdge(x, 'to', axis, days, 8))).toBe('2024-01-19');
  });
  it('leaves a handle beyond the threshold on the day under the pointer', () => {
    const wide = buildAxis(clusters, { width: 3000 });
    const x = wide.edgeX(d('2024-01-22'), 'from');
    expect(dayToIso(snapEdge(x, 'from', wide, days, 8))).toBe('2024-01-22');
  });
});

describe('histogram', () => {
  it('picks bin sizes by span', () => {
    expect([autoBinUnit(60), autoBinUnit(400), autoBinUnit(2000)]).toEqual([
      'day',
      'week',
      'month',
    ]);
  });
  it('counts every incident once by its start day', () => {
    const bins = histogram(store, axis.linearDays, 'day');
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(8);
  });
  it('counts hedged and ranged dates as uncertain', () => {
    const bins = histogram(store, axis.linearDays, 'day');
    const oct16 = bins.find((b) => b.from === d('2018-10-16'))!;
    expect([oct16.count, oct16.uncertain]).toEqual([2, 1]);
  });
  it('aligns week bins to Mondays and cuts them at the span ends', () => {
    const bins = histogram(store, [{ from: d('2024-01-14'), to: d('2024-02-01') }], 'week');
    expect(bins.map((b) => [dayToIso(b.from), dayToIso(b.to), b.count])).toEqual([
      ['2024-01-14', '2024-01-14', 0],
      ['2024-01-15', '2024-01-21', 3],
      ['2024-01-22', '2024-01-28', 1],
      ['2024-01-29', '2024-02-01', 1],
    ]);
  });
  it('aligns month bins to calendar months', () => {
    const bins = histogram(store, [{ from: d('2018-10-13'), to: d('2018-11-18') }], 'month');
    expect(bins.map((b) => b.count)).toEqual([2, 1]);
  });
});

describe('range bars', () => {
  const { bars, lanes } = rangeBars(store);
  it('draws the ranged and the hedged dates', () => {
    expect(bars.map((b) => [dayToIso(b.from), dayToIso(b.to), b.precision])).toEqual([
      ['2018-10-16', '2018-11-15', 'range'],
      ['2024-01-17', '2024-01-17', 'approximate'],
      ['2024-01-18', '2024-01-18', 'approximate'],
    ]);
  });
  it('stacks only overlapping bars', () => {
    expect(lanes).toBe(1);
  });
});
