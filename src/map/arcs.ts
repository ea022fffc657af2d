// Cross-border arcs: a curved line from where an action started (`origin_point`) to the incident,
// dashed for diplomacy, with an arrowhead rotated to the arc's bearing. No map or DOM here.
import { bearing, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { IncidentFeature } from '../core/types.ts';

/** Properties of a halo or arc; `id` is the incident's. */
export interface ShapeProps {
  /** The incident's id. */
  id: string;
  /** The incident's category (its colour). */
  category: string;
}

/** Properties of an arc: `dashed` for diplomacy, solid for actions. */
export interface ArcProps extends ShapeProps {
  /** True for diplomacy (drawn dashed). */
  dashed: boolean;
}

/** Properties of an arrowhead at an arc's end; `rotate` is the bearing in degrees. */
export interface ArrowProps extends ShapeProps {
  /** Bearing of the arc's last segment, degrees clockwise from north. */
  rotate: number;
}

/**
 * Points of a curved arc from `from` to `to`: a quadratic Bézier bowed to the left of the
 * direction of travel by `bend` times the distance, so two opposite arcs don't overlap.
 */
export function arcCoordinates(
  from: [number, number],
  to: [number, number],
  bend = 0.2,
  segments = 32,
): [number, number][] {
  const [x0, y0] = from;
  const [x2, y2] = to;
  const dx = x2 - x0;
  const dy = y2 - y0;
  const cx = (x0 + x2) / 2 - dy * bend;
  const cy = (y0 + y2) / 2 + dx * bend;
  const out: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    out.push([u * u * x0 + 2 * u * t * cx + t * t * x2, u * u * y0 + 2 * u * t * cy + t * t * y2]);
  }
  return out;
}

/** Arcs for cross-border actions (incidents with an `origin_point`), dashed for diplomacy. */
export function crossBorderArcs(incidents: IncidentFeature[]): {
  arcs: FeatureCollection<LineString, ArcProps>;
  arrows: FeatureCollection<Point, ArrowProps>;
} {
  const arcs: Feature<LineString, ArcProps>[] = [];
  const arrows: Feature<Point, ArrowProps>[] = [];
  for (const f of incidents) {
    const from = f.properties.origin_point;
    if (!from) continue;
    const to = f.geometry.coordinates;
    if (from[0] === to[0] && from[1] === to[1]) continue;
    const coords = arcCoordinates(from, to);
    const { id, category } = f.properties;
    arcs.push({
      ...lineString(coords),
      properties: { id, category, dashed: category === 'diplomacy' },
    });
    const before = coords[coords.length - 2]!;
    arrows.push({
      ...point(to),
      properties: { id, category, rotate: bearing(point(before), point(to)) },
    });
  }
  return {
    arcs: { type: 'FeatureCollection', features: arcs },
    arrows: { type: 'FeatureCollection', features: arrows },
  };
}
