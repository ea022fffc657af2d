// One label point per country. Labelling polygons directly gives a label per tile and per island;
// this picks the largest polygon of each country and a point well inside it, and records that
// polygon's area so the map can label large countries first where labels collide.
import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** Properties kept on a label point: the polygon's own (name, ISO code…). */
export type LabelProps = Record<string, unknown>;

/**
 * Label points for (Multi)Polygon features (other geometries are skipped), with the feature's own
 * properties plus `label_area_km2`, the area of the polygon labelled.
 */
export function labelPoints(
  fc: FeatureCollection<Polygon | MultiPolygon | null, LabelProps | null>,
): FeatureCollection<Point, LabelProps> {
  const features: Feature<Point, LabelProps>[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    let best: Feature<Polygon> | null = null;
    let bestArea = -1;
    for (const r of rings) {
      if (!r[0] || r[0].length < 4) continue;
      const p = polygon(r);
      const a = area(p);
      if (a > bestArea) {
        best = p;
        bestArea = a;
      }
    }
    if (!best) continue;
    const c = centroid(best);
    const at = booleanPointInPolygon(c, best) ? c : pointOnFeature(best);
    features.push({
      type: 'Feature',
      geometry: at.geometry,
      properties: { ...f.properties, label_area_km2: Math.round(bestArea / 1e6) },
    });
  }
  return { type: 'FeatureCollection', features };
}
