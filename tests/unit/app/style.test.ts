import { describe, expect, test } from 'vitest';
import {
  appStyle,
  ATTRIBUTION,
  buildBasemapStyle,
  LABEL_FONT,
  placeLabelAnchors,
  styleChoiceFromSearch,
} from '../../../src/map/style.ts';

const urls = {
  countries: 'http://127.0.0.1:1/data/countries.geojson',
  areas: 'http://127.0.0.1:1/data/areas.geojson',
  border: 'http://127.0.0.1:1/data/border.geojson',
  places: 'http://127.0.0.1:1/data/places.geojson',
};

describe('buildBasemapStyle', () => {
  const style = buildBasemapStyle(urls);
  const layer = (id: string) => style.layers.find((l) => l.id === id);

  test('has no glyphs or sprite URL, so labels render locally and nothing is fetched for them', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  test('every source is one of the given layer URLs or inline data', () => {
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      if (typeof data === 'string') expect(Object.values(urls)).toContain(data);
      else expect(data).toMatchObject({ type: 'FeatureCollection' });
    }
  });

  test('draws sea, land, provinces, countries, the border, towns and country labels', () => {
    expect(style.layers.map((l) => l.id)).toEqual([
      'sea',
      'land',
      'provinces',
      'country-lines',
      'border-casing',
      'border',
      'country-labels',
      'place-dots',
      'place-labels',
    ]);
  });

  test('emphasises the Iran–Pakistan border over the other country lines', () => {
    const border = layer('border') as unknown as { paint: Record<string, number> };
    const countries = layer('country-lines') as unknown as { paint: Record<string, number> };
    expect(border.paint['line-width']).toBeGreaterThan(countries.paint['line-width']! * 2);
  });

  test('labels use the bundled CSS font', () => {
    for (const id of ['country-labels', 'place-labels']) {
      const l = layer(id) as { layout: Record<string, unknown> };
      expect(l.layout['text-font']).toEqual([LABEL_FONT]);
    }
  });

  test('where country labels collide, the larger country is labelled first', () => {
    const l = layer('country-labels') as { layout: Record<string, unknown> };
    // MapLibre places symbols with the lower sort key first: the key is minus the label's area.
    expect(l.layout['symbol-sort-key']).toEqual(['-', ['coalesce', ['get', 'label_area_km2'], 0]]);
  });

  test('credits Natural Earth and GeoNames', () => {
    const attributions = Object.values(style.sources).map(
      (s) => (s as { attribution?: string }).attribution,
    );
    expect(attributions).toContain(ATTRIBUTION.naturalEarth);
    expect(attributions).toContain(ATTRIBUTION.geonames);
  });
});

describe('placeLabelAnchors', () => {
  type Anchors = ['literal', (string | [number, number])[]];
  /** The anchor/offset list for one town name, evaluated from the `match` expression. */
  function anchorsFor(expr: unknown, name: string): (string | [number, number])[] {
    const e = expr as unknown[];
    if (e[0] === 'literal') return (e as Anchors)[1];
    for (let i = 2; i < e.length - 1; i += 2) if (e[i] === name) return (e[i + 1] as Anchors)[1];
    return (e[e.length - 1] as Anchors)[1];
  }

  test('a town without an incident keeps its label next to the dot', () => {
    const anchors = anchorsFor(placeLabelAnchors(['Mirjaveh']), 'Zahedan');
    expect(anchors.slice(0, 2)).toEqual(['left', [0.6, 0]]);
  });

  test('a town an incident names puts its label beyond the 20 px selection ring', () => {
    const anchors = anchorsFor(placeLabelAnchors(['Mirjaveh']), 'Mirjaveh');
    const offsets = anchors.filter((a): a is [number, number] => Array.isArray(a));
    for (const [x, y] of offsets) expect(Math.hypot(x, y) * 12).toBeGreaterThan(20);
  });

  test('a town an arc arrives at does not use the side the arc covers', () => {
    const expr = placeLabelAnchors(['Saravan'], new Map([['Saravan', ['left']]]));
    const anchors = anchorsFor(expr, 'Saravan');
    expect(anchors.filter((a) => typeof a === 'string')).toEqual(['right', 'top', 'bottom']);
  });
});

describe('styleChoiceFromSearch', () => {
  test('defaults to the offline basemap', () => {
    expect(styleChoiceFromSearch('')).toEqual({ kind: 'offline' });
  });

  test('takes an http(s) style URL from ?style=', () => {
    expect(styleChoiceFromSearch('?style=https%3A%2F%2Ftiles.example%2Fstyle.json')).toEqual({
      kind: 'url',
      url: 'https://tiles.example/style.json',
    });
  });

  test.each(['javascript:alert(1)', 'not a url', 'file:///etc/passwd', 'data:text/plain,x'])(
    'rejects %s and stays offline',
    (value) => {
      expect(styleChoiceFromSearch(`?style=${encodeURIComponent(value)}`)).toEqual({
        kind: 'offline',
      });
    },
  );
});

describe('appStyle', () => {
  test('is the linked style URL when the link names one', () => {
    const url = 'https://tiles.example.org/style.json';
    expect(appStyle({ kind: 'url', url }, (f) => `/data/${f}`)).toBe(url);
  });
  test('is the offline basemap over the data files otherwise', () => {
    const style = appStyle({ kind: 'offline' }, (f) => `/data/${f}`);
    expect(typeof style).toBe('object');
    const urls = Object.values((style as { sources: Record<string, { data?: unknown }> }).sources)
      .map((s) => s.data)
      .filter((d) => typeof d === 'string');
    expect(urls).toEqual(
      expect.arrayContaining(['/data/countries.geojson', '/data/places.geojson']),
    );
  });
});
