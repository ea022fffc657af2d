// The offline basemap: a MapLibre style built only from the app's own GeoJSON layers. It has NO
// `glyphs` URL, so MapLibre (>= 5.11) draws label text locally with TinySDF from the CSS font
// named in `text-font` (Noto Sans, bundled by @fontsource/noto-sans): no font or tile request
// leaves the machine. Pure: no map or DOM imports, only types.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

/** URLs (absolute) of the boundary layers the basemap draws. */
export interface BasemapUrls {
  /** Countries with `name` (and an ISO alpha-2 code). */
  countries: string;
  /** Province and country polygons with an `id` and `name`. */
  areas: string;
  /** The Iran–Pakistan border line. */
  border: string;
  /** Reference towns with `name`. */
  places: string;
}

/** Source of the basemap's countries (`countries.geojson`). */
export const COUNTRIES_SOURCE = 'countries';

/** Source of the country label points (computed from the countries layer at run time). */
export const COUNTRY_LABEL_SOURCE = 'country-label-points';

/** The CSS font family labels use; loaded by src/main.ts before the map renders. */
export const LABEL_FONT = 'Noto Sans';

/** Where a town label may sit around its dot, in preference order (MapLibre anchor, offset in em). */
const PLACE_ANCHORS = [
  ['left', [0.6, 0]],
  ['right', [-0.6, 0]],
  ['top', [0, 0.6]],
  ['bottom', [0, -0.6]],
] as const;

/**
 * Offset (em of the 12 px town label) that clears an incident marker and its selection ring
 * (20 px radius) drawn on the town.
 */
const MARKED_OFFSET = 1.9;

/**
 * `text-variable-anchor-offset` of the town labels: towns in `marked` (drawn under an incident
 * marker) keep their label beyond the marker and its selection ring; `blocked` lists, per town,
 * the anchors an arc arriving there covers, which that town's label does not use.
 */
export function placeLabelAnchors(
  marked: readonly string[] = [],
  blocked: ReadonlyMap<string, readonly string[]> = new Map(),
): ExpressionSpecification {
  const flat = (scale: number, skip: readonly string[] = []) => [
    'literal',
    PLACE_ANCHORS.filter(([a]) => !skip.includes(a)).flatMap(([a, [x, y]]) => [
      a,
      [x * scale, y * scale],
    ]),
  ];
  const far = MARKED_OFFSET / PLACE_ANCHORS[0][1][0];
  const cases = marked.flatMap((name) => [name, flat(far, blocked.get(name))]);
  if (cases.length === 0) return flat(1) as unknown as ExpressionSpecification;
  return ['match', NAME_ONLY, ...cases, flat(1)] as unknown as ExpressionSpecification;
}

/** Attribution strings of the offline data. */
export const ATTRIBUTION = {
  naturalEarth: 'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  geonames:
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)',
} as const;

/** Colours of the basemap, muted so the Okabe–Ito markers stand out. */
export const BASEMAP_COLORS = {
  sea: '#c9dbe6',
  land: '#f3efe6',
  focusLand: '#fbf9f4',
  countryLine: '#9b9484',
  provinceLine: '#bcb5a5',
  border: '#2b2b2b',
  borderCasing: '#ffffff',
  label: '#3d3a33',
  countryLabel: '#6b6557',
  halo: '#ffffff',
} as const;

/** Name of a feature: the `name` property, else `NAME`/`name_en` as other exports spell it. */
const NAME: ExpressionSpecification = [
  'coalesce',
  ['get', 'name'],
  ['get', 'NAME'],
  ['get', 'name_en'],
  '',
];
/** The `name` property alone (what incident places are matched against). */
const NAME_ONLY: ExpressionSpecification = ['coalesce', ['get', 'name'], ''];
/** border.geojson's whole shared borders, without the stretches two provinces share. */
const WHOLE_BORDERS: ExpressionSpecification = ['!', ['has', 'provinces']];
/** ISO alpha-2 code of a country feature, as the pipeline or other exports spell it. */
const ISO2: ExpressionSpecification = [
  'coalesce',
  ['get', 'iso2'],
  ['get', 'ISO2'],
  ['get', 'iso_a2'],
  ['get', 'ISO_A2'],
  '',
];

/**
 * Builds the offline basemap style from the layer URLs. `focus` lists the ISO alpha-2 codes of the
 * countries drawn brighter (the two border countries by default).
 */
export function buildBasemapStyle(
  urls: BasemapUrls,
  focus: readonly string[] = ['IR', 'PK'],
): StyleSpecification {
  const c = BASEMAP_COLORS;
  return {
    version: 8,
    name: 'Borderlines offline basemap',
    sources: {
      [COUNTRIES_SOURCE]: {
        type: 'geojson',
        data: urls.countries,
        attribution: ATTRIBUTION.naturalEarth,
      },
      areas: { type: 'geojson', data: urls.areas },
      border: { type: 'geojson', data: urls.border },
      places: { type: 'geojson', data: urls.places, attribution: ATTRIBUTION.geonames },
      // Filled in by src/map/CountryLabels.svelte with one point per country.
      [COUNTRY_LABEL_SOURCE]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      {
        id: 'land',
        type: 'fill',
        source: COUNTRIES_SOURCE,
        paint: {
          'fill-color': ['case', ['in', ISO2, ['literal', [...focus]]], c.focusLand, c.land],
        },
      },
      {
        id: 'provinces',
        type: 'line',
        source: 'areas',
        filter: ['!=', ['coalesce', ['get', 'kind'], ['get', 'level'], ''], 'country'],
        paint: { 'line-color': c.provinceLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-lines',
        type: 'line',
        source: COUNTRIES_SOURCE,
        paint: { 'line-color': c.countryLine, 'line-width': 1 },
      },
      {
        id: 'border-casing',
        type: 'line',
        source: 'border',
        // The whole shared borders only: the stretches two provinces share are drawn for an
        // incident placed on one (incident-borders).
        filter: WHOLE_BORDERS,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.borderCasing, 'line-width': 7, 'line-opacity': 0.9 },
      },
      {
        id: 'border',
        type: 'line',
        source: 'border',
        filter: WHOLE_BORDERS,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.border, 'line-width': 2.5 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: COUNTRY_LABEL_SOURCE,
        layout: {
          'text-field': NAME,
          'text-font': [LABEL_FONT],
          'text-size': 14,
          'text-letter-spacing': 0.12,
          'text-transform': 'uppercase',
          'text-max-width': 8,
          // Where labels collide (the world at low zoom), larger countries are labelled first.
          'symbol-sort-key': ['-', ['coalesce', ['get', 'label_area_km2'], 0]],
          // Below the label point, else above or beside it: incident markers block the label, so
          // it moves off a country-level marker instead of sitting under it.
          'text-variable-anchor-offset': [
            'top',
            [0, 1.1],
            'bottom',
            [0, -1.1],
            'left',
            [1.2, 0],
            'right',
            [-1.2, 0],
            'top',
            [0, 2.6],
            'bottom',
            [0, -2.6],
          ],
        },
        paint: {
          'text-color': c.countryLabel,
          'text-halo-color': c.halo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-radius': 2.5,
          'circle-color': c.label,
          'circle-stroke-color': c.halo,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': NAME,
          'text-font': [LABEL_FONT],
          'text-size': 12,
          // Beside the dot, else above or below; src/map/IncidentLayers.svelte moves the labels of
          // the towns incidents name clear of their marker and of the arcs arriving there.
          'text-variable-anchor-offset': placeLabelAnchors(),
          'text-optional': true,
        },
        paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** Where the style comes from: the offline basemap, or a user's `?style=URL`. */
export type StyleChoice = { kind: 'offline' } | { kind: 'url'; url: string };

/**
 * Reads `?style=URL` from a query string. Only http(s) URLs are accepted; anything else (or no
 * parameter) means the offline basemap.
 */
export function styleChoiceFromSearch(search: string): StyleChoice {
  const raw = new URLSearchParams(search).get('style');
  if (!raw) return { kind: 'offline' };
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:')
      return { kind: 'url', url: url.href };
  } catch {
    // Not a URL: fall through to the offline basemap.
  }
  return { kind: 'offline' };
}

/**
 * The style the app's map loads: the `?style=` URL when the link names one, else the offline
 * basemap over the data files (`layerUrl` turns a file name into its URL).
 */
export function appStyle(
  choice: StyleChoice,
  layerUrl: (file: string) => string,
): string | StyleSpecification {
  if (choice.kind === 'url') return choice.url;
  return buildBasemapStyle({
    countries: layerUrl('countries.geojson'),
    areas: layerUrl('areas.geojson'),
    border: layerUrl('border.geojson'),
    places: layerUrl('places.geojson'),
  });
}
