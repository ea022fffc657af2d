// Town labels on the basemap: the towns the incidents name (labelled first) and the sides of a
// town an arriving arc blocks for its label. No map or DOM here.
import { crossBorderArcs } from './arcs.ts';
import type { IncidentFeature } from '../core/types.ts';

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
