// Pure geometry for the incident layers: marker points, uncertainty halos (circles in real km),
// cross-border arcs with arrowheads, and the bounds that fit every incident. No map or DOM here.
import { bearing, circle, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { markerIcon } from './legend.ts';
import { columnBounds, type Dataset } from '../core/dataset.ts';
import type { IncidentFeature } from '../core/types.ts';

/** Properties of a marker point on the map. */
export interface MarkerProps {
  id: string;
  category: string;
  icon: string;
  /** Sort key: coarse markers first so precise ones draw on top. */
  rank: number;
  /** True for a proposal of the user's article not yet reviewed (drawn with a draft ring). */
  draft: boolean;
}

/** Properties of a halo or arc; `id` is the incident's. */
export interface ShapeProps {
  id: string;
  category: string;
}

/** Properties of an arc: `dashed` for diplomacy, solid for actions. */
export interface ArcProps extends ShapeProps {
  dashed: boolean;
}

/** Properties of an arrowhead at an arc's end; `rotate` is the bearing in degrees. */
export interface ArrowProps extends ShapeProps {
  rotate: number;
}

const PRECISION_RANK = {
  border: 0,
  country: 0,
  province: 1,
  county: 2,
  town: 3,
  point: 4,
} as const;

/** Marker points, one per incident. */
export function markerPoints(incidents: IncidentFeature[]): FeatureCollection<Point, MarkerProps> {
  return {
    type: 'FeatureCollection',
    features: incidents.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        category: f.properties.category,
        icon: markerIcon(f.properties.category, f.properties.place_precision),
        rank: PRECISION_RANK[f.properties.place_precision] ?? 0,
        draft: !!f.properties.draft,
      },
    })),
  };
}

/**
 * Uncertainty halos: a circle of `uncertainty_km` (real kilometres, geodesic) around each incident
 * that has one and is not already drawn as its `area` polygon.
 */
export function uncertaintyHalos(
  incidents: IncidentFeature[],
  steps = 64,
): FeatureCollection<Polygon, ShapeProps> {
  const features: Feature<Polygon, ShapeProps>[] = [];
  for (const f of incidents) {
    const km = f.properties.uncertainty_km;
    if (!km || km <= 0 || f.properties.area || f.properties.border_line) continue;
    const c = circle(f.geometry.coordinates, km, { units: 'kilometers', steps });
    features.push({
      type: 'Feature',
      geometry: c.geometry,
      properties: { id: f.properties.id, category: f.properties.category },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Ids of the `area` polygons the incidents cover, keyed by area id. */
export function areaIncidents(incidents: IncidentFeature[]): Map<string, string[]> {
  const byArea = new Map<string, string[]>();
  for (const f of incidents) {
    if (!f.properties.area) continue;
    const list = byArea.get(f.properties.area) ?? [];
    list.push(f.properties.id);
    byArea.set(f.properties.area, list);
  }
  return byArea;
}

/** Ids of the incidents lying along each border line (`border_line`), keyed by line id. */
export function borderIncidents(incidents: IncidentFeature[]): Map<string, string[]> {
  const byLine = new Map<string, string[]>();
  for (const f of incidents) {
    const line = f.properties.border_line;
    if (!line) continue;
    byLine.set(line, [...(byLine.get(line) ?? []), f.properties.id]);
  }
  return byLine;
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

/** Properties of a stack badge: how many shown incidents share the point, and their ids. */
export interface StackProps {
  count: number;
  ids: string[];
}

/** Decimal places two coordinates must agree to for their markers to count as one stack. */
const STACK_DECIMALS = 4;

/** Key of the spot a marker is drawn at (lon/lat rounded to about 10 m). */
export function stackKey([lon, lat]: number[]): string {
  return `${lon!.toFixed(STACK_DECIMALS)},${lat!.toFixed(STACK_DECIMALS)}`;
}

/**
 * Badges for markers stacked on one spot: one point per spot where two or more of the given
 * incidents share the (rounded) coordinate, with their count and ids in input order. Spots with a
 * single incident get no badge.
 */
export function markerStacks(incidents: IncidentFeature[]): FeatureCollection<Point, StackProps> {
  const bySpot = new Map<string, IncidentFeature[]>();
  for (const f of incidents) {
    const key = stackKey(f.geometry.coordinates);
    const list = bySpot.get(key);
    if (list) list.push(f);
    else bySpot.set(key, [f]);
  }
  const features: Feature<Point, StackProps>[] = [];
  for (const list of bySpot.values()) {
    if (list.length < 2) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...list[0]!.geometry.coordinates] },
      properties: { count: list.length, ids: list.map((f) => f.properties.id) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** How many of the given incidents share each stacked incident's map point, keyed by id. */
export function stackSizes(incidents: IncidentFeature[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of markerStacks(incidents).features) {
    for (const id of f.properties.ids) out.set(id, f.properties.count);
  }
  return out;
}

/**
 * The list's note for each incident drawn under a stack badge: " · same map point as N other(s)";
 * incidents alone at their point have none.
 */
export function stackNotes(incidents: IncidentFeature[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, size] of stackSizes(incidents)) {
    const n = size - 1;
    if (n > 0) out.set(id, ` · same map point as ${n} other${n === 1 ? '' : 's'}`);
  }
  return out;
}

/**
 * Padding (CSS px) when the map fits the incidents: wider on the right, where a town label sits
 * next to its marker, and at the top, so every marker and its label stay fully in view. The bottom
 * is the widest: the map ends there at the time control, under the attribution line, and the towns
 * on the coast just south of the seed incidents (Chabahar, Gwadar, 2° south of Saravan) keep their
 * labels clear of that edge at 1280×800 and 1440×900 (about 40 px), where 40 px cut them off.
 */
export const FIT_PADDING = { top: 56, bottom: 112, left: 48, right: 104 } as const;

/**
 * `[[west, south], [east, north]]` around every incident point and every arc's start
 * (`origin_point`), so the first view shows whole arcs; null when there are none.
 */
export function incidentBounds(
  incidents: IncidentFeature[],
): [[number, number], [number, number]] | null {
  if (incidents.length === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const points = incidents.flatMap((f) => {
    const origin = f.properties.origin_point;
    return origin ? [f.geometry.coordinates, origin] : [f.geometry.coordinates];
  });
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** A side of a point where a label can sit, named by MapLibre's text anchor (`left` = label to the right). */
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

/** The town name an incident's `place` labels on the basemap (without "county"/"district"). */
function townName(place: string): string {
  return place.replace(/\s+(county|district)$/i, '');
}

/**
 * Label anchors each arc's target town must not use, keyed by town name: an arc and its arrowhead
 * arrive from one side, so the label goes elsewhere (an arc arriving from the east blocks the
 * label to the right of the town, MapLibre anchor `left`).
 */
export function blockedLabelAnchors(incidents: IncidentFeature[]): Map<string, LabelAnchor[]> {
  const out = new Map<string, Set<LabelAnchor>>();
  const { arrows } = crossBorderArcs(incidents);
  const byId = new Map(incidents.map((f) => [f.properties.id, f]));
  for (const a of arrows.features) {
    const f = byId.get(a.properties.id);
    if (!f) continue;
    // The direction the arc comes from, clockwise from north.
    const from = (((a.properties.rotate + 180) % 360) + 360) % 360;
    const side: LabelAnchor =
      from >= 45 && from < 135
        ? 'left'
        : from >= 135 && from < 225
          ? 'top'
          : from >= 225 && from < 315
            ? 'right'
            : 'bottom';
    const name = townName(f.properties.place);
    const set = out.get(name) ?? new Set<LabelAnchor>();
    set.add(side);
    out.set(name, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * Town names the incidents mention (their `place`, without a trailing "county"/"district", and
 * their `origin_place`), so the basemap can label those towns first.
 */
export function namedPlaces(incidents: IncidentFeature[]): string[] {
  const names = new Set<string>();
  for (const f of incidents) {
    const { place, origin_place } = f.properties;
    names.add(townName(place));
    if (origin_place) names.add(origin_place);
  }
  return [...names].sort();
}

/**
 * The bounds the map fits a dataset to: every point and arc start of a small dataset, every point
 * of a large one (no features are decoded).
 */
export function datasetBounds(d: Dataset): [[number, number], [number, number]] | null {
  return d.large ? columnBounds(d.columns) : incidentBounds(d.features());
}
