// The label layers of the offline basemap as a style of their own, for the label map that the
// large-dataset view stacks above its GPU overlay (LabelsAbove.svelte): the discs then draw over
// the land and under the town and country names, as the seed map's markers do. Pure.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { COUNTRY_LABEL_SOURCE } from './style.ts';

/** The basemap layers drawn above large datasets (names and town dots). */
export const LABEL_LAYERS = ['place-dots', 'place-labels', 'country-labels'] as const;

/**
 * `style` reduced to its label layers and their sources, on a transparent background, with the
 * country label points given (the main map fills that source at run time).
 */
export function labelsOnlyStyle(
  style: StyleSpecification,
  countryLabels: FeatureCollection,
): StyleSpecification {
  const keep = new Set<string>(LABEL_LAYERS);
  const layers = style.layers.filter((l) => keep.has(l.id));
  const used = new Set(layers.map((l) => ('source' in l ? l.source : null)));
  const sources = Object.fromEntries(
    Object.entries(style.sources).filter(([id]) => used.has(id)),
  ) as StyleSpecification['sources'];
  if (sources[COUNTRY_LABEL_SOURCE]) {
    sources[COUNTRY_LABEL_SOURCE] = { type: 'geojson', data: countryLabels };
  }
  return { ...style, name: `${style.name ?? 'basemap'} (labels)`, sources, layers };
}
