// The committed basemap layers (public/data) draw every border once: a border line lies on both
// countries' outlines, neighbours share their edges exactly (no sliver between them), incident
// areas lie on the same edges, and the low-detail world covers every continent without a ring
// drawn across the antimeridian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { planarRing } from '../../../pipeline/build-basemap.ts';
import { ROOT } from '../../../pipeline/paths.ts';

type Shape = Feature<Polygon | MultiPolygon, Record<string, string>>;

/** A committed layer's features. */
function layer<T>(name: string): T[] {
  return (JSON.parse(readFileSync(join(ROOT, 'public/data', name), 'utf8')) as { features: T[] })
    .features;
}

const countries = layer<Shape>('countries.geojson');
const areas = layer<Shape>('areas.geojson');
const border = layer<Feature<MultiLineString>>('border.geojson')[0]!.geometry;

/** Rings of a (Multi)Polygon. */
function rings(f: Shape): number[][][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Undirected key of a segment. */
function segmentKey(a: number[], b: number[]): string {
  const [p, q] = [a.join(','), b.join(',')].sort();
  return `${p}|${q}`;
}

/** Every segment of a feature's outline, as undirected keys. */
function outlineSegments(f: Shape): Set<string> {
  const out = new Set<string>();
  for (const r of rings(f))
    for (let i = 1; i < r.length; i++) out.add(segmentKey(r[i - 1]!, r[i]!));
  return out;
}

/** Every vertex of a feature's outline, as keys. */
function outlineVertices(f: Shape): Set<string> {
  return new Set(rings(f).flatMap((r) => r.map((p) => p.join(','))));
}

/** Distance in degrees (planar) from `p` to the segment `a`–`b`. */
function planarDistance(p: number[], a: number[], b: number[]): number {
  const [px, py, ax, ay, bx, by] = [p[0]!, p[1]!, a[0]!, a[1]!, b[0]!, b[1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function country(iso2: string): Shape {
  const f = countries.find((c) => c.properties.iso2 === iso2);
  if (!f) throw new Error(`no ${iso2} in countries.geojson`);
  return f;
}

/** Segments of the border line not on `f`'s outline. */
function borderSegmentsOff(f: Shape): string[] {
  const outline = outlineSegments(f);
  return border.coordinates.flatMap((line) =>
    line.slice(1).flatMap((p, i) => {
      const key = segmentKey(line[i]!, p);
      return outline.has(key) ? [] : [key];
    }),
  );
}

describe('the Iran–Pakistan border is drawn once', () => {
  test('the border line has the detail to draw it at zoom 9 (over 100 vertices)', () => {
    expect(border.coordinates.flat().length).toBeGreaterThan(100);
  });

  test('every segment of the border line is a segment of both Iran and Pakistan', () => {
    expect(borderSegmentsOff(country('IR'))).toEqual([]);
    expect(borderSegmentsOff(country('PK'))).toEqual([]);
  });

  test('the area outlines (countries and the border provinces) lie on the same segments', () => {
    const area = (id: string) => areas.find((a) => a.properties.id === id)!;
    for (const id of ['IR', 'PK', 'IR-SB', 'PK-BA'])
      expect(borderSegmentsOff(area(id)), id).toEqual([]);
  });

  test("the areas' countries are the basemap's countries", () => {
    for (const iso2 of ['IR', 'PK', 'AF']) {
      const a = areas.find((f) => f.properties.id === iso2)!;
      expect(a.geometry, iso2).toEqual(country(iso2).geometry);
    }
  });
});

describe('neighbours share their edges exactly', () => {
  // The focus countries and their neighbours, including the Kashmir line east of Islamabad.
  const NEAR = 0.01; // degrees: a vertex this close to a neighbour's outline is on the shared edge
  const pairs: [string, string][] = [
    ['IR', 'PK'],
    ['PK', 'IN'],
    ['PK', 'AF'],
    ['PK', 'CN'],
    ['IN', 'CN'],
    ['IR', 'AF'],
    ['IR', 'TM'],
    ['IR', 'IQ'],
    ['IR', 'TR'],
    ['AF', 'TM'],
    ['AF', 'TJ'],
    ['AF', 'UZ'],
  ];
  test.each(pairs)('every vertex of %s on the outline of %s is one of its vertices', (a, b) => {
    const theirs = outlineVertices(country(b));
    const segments = rings(country(b)).flatMap((r) => r.slice(1).map((p, i) => [r[i]!, p]));
    const off = [...outlineVertices(country(a))].filter((key) => {
      if (theirs.has(key)) return false;
      const p = key.split(',').map(Number);
      return segments.some(([u, v]) => planarDistance(p, u!, v!) < NEAR);
    });
    expect(off).toEqual([]);
  });
});

describe('the world outside the region', () => {
  test.each([
    ['New York', -74.0, 40.7],
    ['São Paulo', -46.6, -23.5],
    ['Lagos', 3.4, 6.5],
    ['Berlin', 13.4, 52.5],
    ['Tokyo', 139.7, 35.7],
    ['Sydney', 151.2, -33.9],
    ['Mexico City', -99.1, 19.4],
    ['Nairobi', 36.8, -1.3],
  ])('%s lies in a country', (_, lon, lat) => {
    expect(countries.some((c) => booleanPointInPolygon(point([lon, lat]), c))).toBe(true);
  });

  /** A segment along a pole (Antarctica's ring is closed along the south pole). */
  const atPole = (a: number[], b: number[]) => Math.abs(a[1]!) === 90 && a[1] === b[1];

  test('no ring jumps across the antimeridian (which would draw a line across the world)', () => {
    const jumps = countries.flatMap((c) =>
      rings(c).flatMap((r) =>
        r.slice(1).some((p, i) => Math.abs(p[0]! - r[i]![0]!) > 180 && !atPole(p, r[i]!))
          ? [c.properties.name]
          : [],
      ),
    );
    expect(jumps).toEqual([]);
  });

  test('every country has a name, and the focus countries their ISO code', () => {
    expect(countries.every((c) => typeof c.properties.name === 'string')).toBe(true);
    for (const iso2 of ['IR', 'PK', 'AF']) expect(country(iso2).properties.iso2).toBe(iso2);
  });
});

describe('planarRing', () => {
  test('a vertex at -180 among vertices near +180 moves to +180 (Fiji, eastern Russia)', () => {
    const ring = [
      [-180, -16.5],
      [179.5, -16.5],
      [179.5, -16],
      [180, -16],
      [-180, -16.5],
    ];
    expect(planarRing(ring)).toEqual([
      [180, -16.5],
      [179.5, -16.5],
      [179.5, -16],
      [180, -16],
      [180, -16.5],
    ]);
  });

  test('a ring round the south pole is closed along the pole (Antarctica)', () => {
    const ring = [
      [-170, -70],
      [0, -65],
      [170, -70],
      [-170, -70],
    ];
    expect(planarRing(ring)).toEqual([
      [-170, -70],
      [0, -65],
      [170, -70],
      [180, -70],
      [180, -90],
      [-180, -90],
      [-180, -70],
      [-170, -70],
    ]);
  });

  test('a ring away from the antimeridian is unchanged', () => {
    const ring = [
      [60, 25],
      [61, 25],
      [61, 26],
      [60, 25],
    ];
    expect(planarRing(ring)).toEqual(ring);
  });
});
