// Geometry clean-up for the basemap: world-atlas's spherical rings made planar (antimeridian and
// pole), provinces snapped to world-atlas's grid so shared edges match vertex for vertex, and
// rings left degenerate by simplification dropped.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Transform } from 'topojson-specification';
import type { AreaFeature } from '../src/core/geo-checks.ts';

/** A polygon's rings without the degenerate ones (fewer than 4 positions); null if none is left. */
function validPolygon(rings: Position[][]): Position[][] | null {
  const kept = rings.filter((r) => r.length >= 4);
  return kept.length > 0 && kept[0] === rings[0] ? kept : null;
}

/** The (Multi)Polygon without degenerate rings and polygons; null when nothing is left. */
export function validGeometry(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(validPolygon)
    .filter((p): p is Position[][] => p !== null);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A ring of world-atlas made planar. world-atlas is spherical: a ring cut at the antimeridian may
 * hold a vertex at -180 among vertices near +180 (the same meridian), and Antarctica's ring goes
 * round the pole. On a flat map the first is drawn as a line across the world and the second as a
 * band, so a ±180 vertex takes the side of its neighbours, and a ring still crossing from one side
 * to the other is closed along the pole it surrounds.
 */
export function planarRing(ring: Position[]): Position[] {
  const n = ring.length;
  const side = (i: number, step: number): number => {
    for (let k = 1; k < n; k++) {
      const x = (ring[(((i + step * k) % n) + n) % n] as Position)[0] as number;
      if (Math.abs(x) !== 180) return Math.sign(x);
    }
    return 0;
  };
  const sided = ring.map(([x, y], i): Position => {
    if (Math.abs(x as number) !== 180) return [x as number, y as number];
    const before = side(i, -1);
    return before !== 0 && before === side(i, 1)
      ? [before * 180, y as number]
      : [x as number, y as number];
  });
  const out: Position[] = [];
  const push = (p: Position) => {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  };
  for (const p of sided) {
    const last = out[out.length - 1];
    if (last && Math.abs((p[0] as number) - (last[0] as number)) > 180) {
      const pole = (p[1] as number) < 0 ? -90 : 90;
      const from = Math.sign(last[0] as number) * 180;
      for (const q of [
        [from, last[1]],
        [from, pole],
        [-from, pole],
        [-from, p[1]],
      ]) {
        push(q as Position);
      }
    }
    push(p);
  }
  return out;
}

/** A world-atlas geometry with planar rings (see `planarRing`). */
export function planarGeometry(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(planarRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(planarRing)) };
}

/** `rings` snapped to the grid of `transform` (world-atlas's quantisation). */
function snapRings(rings: Position[][], transform: Transform): Position[][] {
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return rings.map((ring) => {
    const out: Position[] = [];
    for (const [x, y] of ring as [number, number][]) {
      // The same arithmetic topojson-client uses to decode, so equal grid points are equal floats.
      const p = [Math.round((x - tx) / sx) * sx + tx, Math.round((y - ty) / sy) * sy + ty];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  });
}

/** A province on the grid of `transform`, as a MultiPolygon. */
export function snapArea(a: AreaFeature, transform: Transform): AreaFeature {
  const polygons =
    a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  return {
    ...a,
    geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => snapRings(p, transform)) },
  };
}
