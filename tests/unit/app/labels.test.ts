import { area, booleanPointInPolygon, polygon } from '@turf/turf';
import { expect, test } from 'vitest';
import { labelPoints } from '../../../src/map/labels.ts';

test('one label point per country, inside its largest polygon', () => {
  const big = [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ];
  const island = [
    [
      [20, 20],
      [21, 20],
      [21, 21],
      [20, 20],
    ],
  ];
  const fc = labelPoints({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'A' },
        geometry: { type: 'MultiPolygon', coordinates: [island, big] },
      },
    ],
  });
  expect(fc.features).toHaveLength(1);
  expect(fc.features[0]!.properties).toEqual({
    name: 'A',
    label_area_km2: Math.round(area(polygon(big)) / 1e6),
  });
  expect(booleanPointInPolygon(fc.features[0]!, polygon(big))).toBe(true);
});
