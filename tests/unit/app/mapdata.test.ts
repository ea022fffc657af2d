import { distance, point } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import {
  arcCoordinates,
  blockedLabelAnchors,
  borderIncidents,
  crossBorderArcs,
  incidentBounds,
  markerPoints,
  markerStacks,
  namedPlaces,
  stackSizes,
  uncertaintyHalos,
} from '../../../src/map/mapdata.ts';
import type { IncidentFeature, IncidentProperties } from '../../../src/core/types.ts';

describe('border-level incidents', () => {
  const handover = (id: string) =>
    incident(id, [62.82, 27.23], {
      place_precision: 'border',
      border_line: 'IR-PK',
      uncertainty_km: 409,
    });
  test('are drawn as their border line, not as a halo circle', () => {
    expect(uncertaintyHalos([handover('a')]).features).toHaveLength(0);
    expect([...borderIncidents([handover('a'), handover('b'), incident('c', [61, 29])])]).toEqual([
      ['IR-PK', ['a', 'b']],
    ]);
  });
  test('their markers are hollow and drawn under precise ones', () => {
    const [m] = markerPoints([handover('a')]).features;
    expect(m?.properties).toMatchObject({ icon: 'marker-attack-hollow', rank: 0 });
  });
});

function incident(id: string, at: [number, number], p: Partial<IncidentProperties> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id,
      title: id,
      category: 'attack',
      date: '2024-01-18',
      date_precision: 'day',
      date_basis: 'x',
      place: 'x',
      place_precision: 'town',
      admin1: null,
      country: 'IR',
      article: null,
      excerpt: 'x',
      excerpt_start: null,
      excerpt_end: null,
      border_km: null,
      ...p,
    },
  } as IncidentFeature;
}

describe('markerPoints', () => {
  test('one point per incident, hollow icon for coarse places', () => {
    const fc = markerPoints([
      incident('a', [61, 29]),
      incident('b', [62, 27], { place_precision: 'county', category: 'release' }),
    ]);
    expect(fc.features.map((f) => f.properties.icon)).toEqual([
      'marker-attack-solid',
      'marker-release-hollow',
    ]);
  });

  test('precise markers sort above coarse ones', () => {
    const [coarse, fine] = markerPoints([
      incident('a', [61, 29], { place_precision: 'country' }),
      incident('b', [61, 29], { place_precision: 'point' }),
    ]).features;
    expect(fine!.properties.rank).toBeGreaterThan(coarse!.properties.rank);
  });
});

describe('markerStacks', () => {
  test('one badge per spot that two or more incidents share, with their count and ids', () => {
    const fc = markerStacks([
      incident('a', [73.0479, 33.6844]),
      incident('b', [62.33, 27.37]),
      incident('c', [73.0479, 33.6844]),
      incident('d', [73.0479, 33.6844]),
    ]);
    expect(fc.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [73.0479, 33.6844] },
        properties: { count: 3, ids: ['a', 'c', 'd'] },
      },
    ]);
  });

  test('coordinates that differ only past the 4th decimal stack; farther ones do not', () => {
    const near = markerStacks([incident('a', [60, 29]), incident('b', [60.00001, 29.00002])]);
    expect(near.features.map((f) => f.properties.count)).toEqual([2]);
    const apart = markerStacks([incident('a', [60, 29]), incident('b', [60.001, 29])]);
    expect(apart.features).toEqual([]);
  });
});

describe('stackSizes', () => {
  test('maps each stacked incident to the size of its stack; lone ones are absent', () => {
    const sizes = stackSizes([
      incident('a', [73.05, 33.68]),
      incident('b', [73.05, 33.68]),
      incident('c', [62.33, 27.37]),
    ]);
    expect(sizes).toEqual(
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
    );
  });
});

describe('blockedLabelAnchors', () => {
  test('an arc arriving from the east blocks the label right of its target town', () => {
    const blocked = blockedLabelAnchors([
      incident('strike', [62.33, 27.37], {
        place: 'Saravan county',
        origin_point: [65, 27.5],
      }),
    ]);
    expect(blocked).toEqual(new Map([['Saravan', ['left']]]));
  });

  test('an arc arriving from the west blocks the label left of the town', () => {
    const blocked = blockedLabelAnchors([
      incident('visit', [73.05, 33.68], { place: 'Islamabad', origin_point: [51.4, 35.7] }),
    ]);
    expect(blocked.get('Islamabad')).toEqual(['right']);
  });

  test('incidents without an arc block nothing', () => {
    expect(blockedLabelAnchors([incident('a', [60, 29])]).size).toBe(0);
  });
});

describe('uncertaintyHalos', () => {
  test('draws a circle whose radius is uncertainty_km in real kilometres', () => {
    const [halo] = uncertaintyHalos([
      incident('a', [62.33, 27.37], { uncertainty_km: 40 }),
    ]).features;
    const ring = halo!.geometry.coordinates[0]!;
    for (const c of ring) {
      expect(distance(point([62.33, 27.37]), point(c), { units: 'kilometers' })).toBeCloseTo(40, 0);
    }
  });

  test('skips points without uncertainty and incidents drawn as their area', () => {
    expect(
      uncertaintyHalos([
        incident('a', [61, 29], { uncertainty_km: 0 }),
        incident('b', [61, 29]),
        incident('c', [61, 29], { uncertainty_km: 300, area: 'PK-BA' }),
      ]).features,
    ).toHaveLength(0);
  });
});

describe('crossBorderArcs', () => {
  test('an arc from origin_point to the incident, with an arrow at the target', () => {
    const { arcs, arrows } = crossBorderArcs([
      incident('strike', [62.33, 27.37], { origin_point: [73.04, 33.72] }),
    ]);
    const coords = arcs.features[0]!.geometry.coordinates;
    expect(coords[0]).toEqual([73.04, 33.72]);
    expect(coords.at(-1)).toEqual([62.33, 27.37]);
    expect(arrows.features[0]!.geometry.coordinates).toEqual([62.33, 27.37]);
    // Travelling south-west: the arrow points between south and west.
    const rotate = arrows.features[0]!.properties.rotate;
    expect(rotate < -90 || rotate > 180).toBe(true);
  });

  test('diplomacy is dashed, actions are not', () => {
    const { arcs } = crossBorderArcs([
      incident('a', [62, 27], { origin_point: [73, 33] }),
      incident('d', [62, 27], { origin_point: [73, 33], category: 'diplomacy' }),
    ]);
    expect(arcs.features.map((f) => f.properties.dashed)).toEqual([false, true]);
  });

  test('no arc without an origin point', () => {
    expect(crossBorderArcs([incident('a', [62, 27])]).arcs.features).toHaveLength(0);
  });

  test('arcs bend away from the straight line', () => {
    const mid = arcCoordinates([0, 0], [10, 0])[16]!;
    expect(mid[0]).toBeCloseTo(5);
    expect(Math.abs(mid[1])).toBeGreaterThan(0.5);
  });
});

describe('incidentBounds', () => {
  test('spans every incident', () => {
    expect(incidentBounds([incident('a', [61, 29]), incident('b', [73, 25])])).toEqual([
      [61, 25],
      [73, 29],
    ]);
  });

  test('includes where arcs start, so the first view shows whole arcs', () => {
    expect(incidentBounds([incident('a', [61, 29], { origin_point: [51.4, 35.7] })])).toEqual([
      [51.4, 29],
      [61, 35.7],
    ]);
  });

  test('is null with no incidents', () => {
    expect(incidentBounds([])).toBeNull();
  });
});

describe('namedPlaces', () => {
  test('town names of places and origins, without "county"', () => {
    expect(
      namedPlaces([
        incident('a', [62, 27], { place: 'Saravan county', origin_place: 'Tehran' }),
        incident('b', [61, 29], { place: 'Mirjaveh' }),
      ]),
    ).toEqual(['Mirjaveh', 'Saravan', 'Tehran']);
  });
});
