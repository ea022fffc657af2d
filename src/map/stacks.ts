// Markers stacked on one spot: the key of a spot, the badges counting the incidents that share
// it, and the list's "same map point as N others" notes. No map or DOM here.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IncidentFeature } from '../core/types.ts';

/** Properties of a stack badge: how many shown incidents share the point, and their ids. */
export interface StackProps {
  /** How many of the shown incidents share the spot (2 or more). */
  count: number;
  /** Their ids, in input order. */
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
