// The user's accepted incidents as GeoJSON (the app's data contract, `IncidentCollection`): their
// own incidents, and the incidents they added a source to. Drafts are never exported. Pure.
import type { IncidentCollection, IncidentFeature } from '../types.ts';

/** Accepted incidents among `shown` that come from, or cite, one of `articleIds`. */
export function acceptedFeatures(
  shown: readonly IncidentFeature[],
  articleIds: ReadonlySet<string>,
): IncidentFeature[] {
  return shown.filter((f) => {
    const p = f.properties;
    if (p.draft) return false;
    if (p.article && articleIds.has(p.article)) return true;
    return (p.sources ?? []).some((s) => s.article !== null && articleIds.has(s.article));
  });
}

/** `incidents.geojson` text of the features, one feature per line (like public/data). */
export function geojsonText(features: readonly IncidentFeature[]): string {
  const clean = features.map((f) => {
    const { draft: _draft, ...properties } = f.properties;
    void _draft;
    return { type: 'Feature', geometry: f.geometry, properties } as IncidentFeature;
  });
  const collection: IncidentCollection = { type: 'FeatureCollection', features: clean };
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
