// GeoJSON export: valid RFC 7946 (checked by @placemarkio/check-geojson), a bbox holding every
// point, rounded coordinates, the same properties as the data file, and chunking that never
// changes the file.
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { buildGeoJson, exportFeature, roundCoordinate } from '../../../src/core/export/geojson';
import type { IncidentCollection, IncidentFeature } from '../../../src/core/types';
import { incidents } from '../../component/fixtures';
import { listSource, syntheticSource } from './sources';

async function exported(features: readonly IncidentFeature[], budgetMs = 12) {
  const out = await buildGeoJson(listSource(features), { budgetMs });
  return { ...out, text: out.parts.join('') };
}

describe('buildGeoJson', () => {
  it('writes valid RFC 7946 GeoJSON for the seed incidents', async () => {
    const { text } = await exported(incidents);
    expect(getIssues(text)).toEqual([]);
  });

  it('writes a FeatureCollection of Points with ids, and no crs member', async () => {
    const json = JSON.parse((await exported(incidents)).text) as IncidentCollection & {
      crs?: unknown;
    };
    expect(json.type).toBe('FeatureCollection');
    expect(json.crs).toBeUndefined();
    expect(json.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(json.features.map((f) => f.id)).toEqual(incidents.map((f) => f.properties.id));
  });

  it('keeps exactly the properties of incidents.geojson', async () => {
    const json = JSON.parse((await exported(incidents)).text) as IncidentCollection;
    expect(json.features.map((f) => f.properties)).toEqual(incidents.map((f) => f.properties));
  });

  it('writes a bbox [w, s, e, n] that holds every point', async () => {
    const { text, bbox } = await exported(incidents);
    const json = JSON.parse(text) as IncidentCollection & { bbox: number[] };
    expect(json.bbox).toEqual(bbox);
    const [w, s, e, n] = json.bbox as [number, number, number, number];
    for (const f of json.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
    }
    expect(json.features.some((f) => f.geometry.coordinates[0] === w)).toBe(true);
    expect(json.features.some((f) => f.geometry.coordinates[1] === n)).toBe(true);
  });

  it('writes an empty FeatureCollection without a bbox', async () => {
    const { text } = await exported([]);
    expect(getIssues(text)).toEqual([]);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('gives the same file however the rows are chunked', async () => {
    const source = syntheticSource(3000, 7);
    const one = await buildGeoJson(source, { budgetMs: Infinity });
    const many = await buildGeoJson(source, { budgetMs: 0 });
    expect(one.parts.length).toBe(3);
    expect(many.parts.length).toBe(3002);
    expect(many.parts.join('')).toBe(one.parts.join(''));
  });

  it('pauses between chunks and reports progress', async () => {
    let pauses = 0;
    const progress: number[] = [];
    await buildGeoJson(syntheticSource(5, 1), {
      budgetMs: 0,
      pause: async () => void pauses++,
      onProgress: (done) => progress.push(done),
    });
    expect(pauses).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = buildGeoJson(syntheticSource(100, 1), {
      budgetMs: 0,
      signal: controller.signal,
      pause: async () => controller.abort(new Error('cancelled')),
    });
    await expect(run).rejects.toThrow('cancelled');
  });

  it('writes valid GeoJSON for synthetic incidents with float32 coordinates', async () => {
    const out = await buildGeoJson(syntheticSource(300, 3));
    expect(getIssues(out.parts.join(''))).toEqual([]);
  });
});

describe('roundCoordinate', () => {
  it('keeps 5 decimals', () => {
    expect(roundCoordinate(61.449_602_197_265_6)).toBe(61.4496);
  });

  it('never writes -0', () => {
    expect(Object.is(roundCoordinate(-0.000_001), 0)).toBe(true);
  });
});

describe('exportFeature', () => {
  it('rounds the origin point of a cross-border action', () => {
    const f = incidents.find((x) => x.properties.origin_point)!;
    const lon = f.properties.origin_point![0] + 0.000_001_2;
    const out = exportFeature({
      ...f,
      properties: { ...f.properties, origin_point: [lon, f.properties.origin_point![1]] },
    });
    expect(out.properties.origin_point![0]).toBe(roundCoordinate(lon));
  });
});
