// Pure geometry for the incident layers: marker points and uncertainty halos (circles in real km),
// and which incidents an area polygon or a border line stands for. The arcs (arcs.ts), stack
// badges (stacks.ts), fitted bounds (fitBounds.ts) and town labels (townLabels.ts) live beside it
// and are re-exported here. No map or DOM here.
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { ShapeProps } from './arcs.ts';
import { markerIcon } from './legend.ts';
import type { IncidentFeature } from '../core/types.ts';

export {
  arcCoordinates,
  crossBorderArcs,
  type ArcProps,
  type ArrowProps,
  type ShapeProps,
} from './arcs.ts';
export { datasetBounds, FIT_PADDING, incidentBounds } from './fitBounds.ts';
export { markerStacks, stackKey, stackNotes, stackSizes, type StackProps } from './stacks.ts';
export { blockedLabelAnchors, namedPlaces, type LabelAnchor } from './townLabels.ts';

/** Properties of a marker point on the map. */
export interface MarkerProps {
  /** The incident's id. */
  id: string;
  /** The incident's category (its colour). */
  category: string;
  /** The marker image: category shape, hollow for a coarse place (legend.ts). */
  icon: string;
  /** Sort key: coarse markers first so precise ones draw on top. */
  rank: number;
  /** True for a proposal of the user's article not yet reviewed (drawn with a draft ring). */
  draft: boolean;
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
