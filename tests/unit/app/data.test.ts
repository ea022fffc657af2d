import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticles, parseIncidents } from '../../../src/core/data.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/app/out');

describe('parseIncidents', () => {
  test('accepts the app fixture', () => {
    const text = readFileSync(resolve(fixture, 'incidents.geojson'), 'utf8');
    expect(parseIncidents(text)).toHaveLength(8);
  });

  test('names the file when it is not JSON', () => {
    expect(() => parseIncidents('{', 'data/incidents.geojson')).toThrow(
      /^data\/incidents\.geojson: not valid JSON/,
    );
  });

  test('names the incident and field that is wrong, and the fix', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [61, 29] },
          properties: { id: 'x', category: 'riot' },
        },
      ],
    };
    expect(() => parseIncidents(JSON.stringify(fc))).toThrow(
      /incident "x" \(feature 0\): `category` must be one of .*npm run data/,
    );
  });

  test('rejects coordinates out of range', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 29] }, properties: {} },
      ],
    };
    expect(() => parseIncidents(JSON.stringify(fc))).toThrow(/feature 0 needs a Point/);
  });
});

describe('parseArticles', () => {
  test('accepts the app fixture', () => {
    const text = readFileSync(resolve(fixture, 'articles.json'), 'utf8');
    expect(parseArticles(text).map((a) => a.id)).toEqual([
      '000_9286dead6fccede2',
      '004_764383eb893c6242',
    ]);
  });

  test('rejects an article without text', () => {
    expect(() => parseArticles('[{"id":"a"}]', 'data/articles.json')).toThrow(
      /data\/articles\.json: article 0 needs a string `id` and `text`/,
    );
  });
});
