// The MapLibre layers IncidentLayers.svelte draws the incidents with, bottom to top: area and
// border outlines, uncertainty halos, cross-border arcs and arrowheads, selection and hover rings,
// draft rings and tags, category markers, and the count badges of stacked markers. Pure
// specifications (no map): the component adds them in this order and removes them in reverse.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CATEGORY_STYLES } from './legend.ts';
import { LABEL_FONT } from './style.ts';

/** Layer the markers are drawn in (also the e2e tests' handle on rendered markers). */
export const MARKERS = 'incident-markers';
/** Layer of the count badges on stacked markers (also the e2e tests' handle on them). */
export const STACK_COUNTS = 'incident-stack-counts';
/**
 * Where a badge sits relative to its marker's centre (CSS px, down and right): clear of the
 * arrowheads of arcs arriving from above and of the town label beside the marker.
 */
const BADGE_AT: [number, number] = [11, 11];

/** The GeoJSON sources the layers read, each added empty (or from a URL) by the component. */
export const INCIDENT_SOURCES = [
  'incident-borders',
  'incident-stacks',
  'incident-areas',
  'incident-halos',
  'incident-arcs',
  'incident-arrows',
  'incidents',
] as const;

/** A marker's colour by its category (grey for a category the legend does not know). */
export const categoryColor: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...Object.entries(CATEGORY_STYLES).flatMap(([k, v]) => [k, v.color]),
  '#555555',
] as unknown as ExpressionSpecification;

/** A filter that matches no feature (layers whose filter the component sets per window). */
const none: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** The incident layers, bottom to top. */
export const INCIDENT_LAYERS: LayerSpecification[] = [
  {
    id: 'incident-area-fill',
    type: 'fill',
    source: 'incident-areas',
    filter: none,
    paint: { 'fill-color': '#5a5346', 'fill-opacity': 0.07 },
  },
  {
    id: 'incident-area-line',
    type: 'line',
    source: 'incident-areas',
    filter: none,
    paint: { 'line-color': '#5a5346', 'line-width': 1.5, 'line-dasharray': [2, 2] },
  },
  // A border-level incident: its stretch of border, wide and translucent, dashed at its edge.
  {
    id: 'incident-border-line',
    type: 'line',
    source: 'incident-borders',
    filter: none,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#5a5346', 'line-width': 12, 'line-opacity': 0.22 },
  },
  {
    id: 'incident-selected-border',
    type: 'line',
    source: 'incident-borders',
    filter: none,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#111111', 'line-width': 5, 'line-opacity': 0.7 },
  },
  {
    id: 'incident-halos',
    type: 'fill',
    source: 'incident-halos',
    paint: { 'fill-color': categoryColor, 'fill-opacity': 0.14 },
  },
  {
    id: 'incident-halo-lines',
    type: 'line',
    source: 'incident-halos',
    paint: {
      'line-color': categoryColor,
      'line-width': 1.2,
      'line-opacity': 0.8,
      'line-dasharray': [3, 2],
    },
  },
  {
    id: 'incident-selected-area',
    type: 'line',
    source: 'incident-areas',
    filter: none,
    paint: { 'line-color': '#111111', 'line-width': 3 },
  },
  {
    id: 'incident-arcs',
    type: 'line',
    source: 'incident-arcs',
    filter: ['!', ['get', 'dashed']],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': 2.5,
      'line-gradient': [
        'interpolate',
        ['linear'],
        ['line-progress'],
        0,
        'rgba(34,34,34,0.15)',
        1,
        'rgba(34,34,34,0.95)',
      ],
    },
  },
  {
    id: 'incident-arcs-dashed',
    type: 'line',
    source: 'incident-arcs',
    filter: ['get', 'dashed'],
    paint: { 'line-width': 2, 'line-color': '#0072B2', 'line-dasharray': [2, 2] },
  },
  {
    id: 'incident-arrows',
    type: 'symbol',
    source: 'incident-arrows',
    layout: {
      'icon-image': 'arc-arrow',
      'icon-rotate': ['get', 'rotate'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      // Arrowheads push labels aside (the town labels also avoid the arc's side by anchor).
      'icon-ignore-placement': false,
      'icon-offset': [0, 14],
      'icon-size': 0.8,
    },
  },
  {
    id: 'incident-selected',
    type: 'circle',
    source: 'incidents',
    filter: none,
    paint: {
      'circle-radius': 17,
      'circle-color': 'rgba(255,255,255,0.6)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'incident-hover',
    type: 'circle',
    source: 'incidents',
    filter: none,
    paint: {
      'circle-radius': 15,
      'circle-color': 'rgba(255,255,255,0)',
      'circle-stroke-color': '#0072B2',
      'circle-stroke-width': 2.5,
    },
  },
  // Drafts (the user's unreviewed proposals): a brown ring and, from zoom 6, a "draft" tag.
  {
    id: 'incident-draft-rings',
    type: 'circle',
    source: 'incidents',
    filter: ['==', ['get', 'draft'], true],
    paint: {
      'circle-radius': 13,
      'circle-color': 'rgba(213,94,0,0.12)',
      'circle-stroke-color': '#a04000',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'incident-draft-labels',
    type: 'symbol',
    source: 'incidents',
    // Tags of nearby drafts would pile up at the region's zoom; the ring marks them there.
    minzoom: 6,
    filter: ['==', ['get', 'draft'], true],
    layout: {
      'text-field': 'draft',
      'text-font': [LABEL_FONT],
      'text-size': 10,
      'text-offset': [0, -1.9],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#a04000', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  },
  {
    id: MARKERS,
    type: 'symbol',
    source: 'incidents',
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      // Markers push basemap labels aside: town and country labels try their other anchors
      // (src/map/style.ts) instead of being drawn under a marker.
      'icon-ignore-placement': false,
      'symbol-sort-key': ['get', 'rank'],
    },
  },
  {
    id: 'incident-stack-badges',
    type: 'circle',
    source: 'incident-stacks',
    paint: {
      'circle-radius': 8,
      'circle-color': '#111111',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-translate': BADGE_AT,
    },
  },
  {
    id: STACK_COUNTS,
    type: 'symbol',
    source: 'incident-stacks',
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff', 'text-translate': BADGE_AT },
  },
];
