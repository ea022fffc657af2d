// File names of exports and the caption drawn into map images.
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/core/days';
import {
  buildCaption,
  describeFilters,
  plainAttribution,
  SEED_SUBTITLE,
} from '../../../src/core/export/caption';
import { exportFileName } from '../../../src/core/export/fileName';
import { NO_FILTERS } from '../../../src/core/filter/filters';
import { ATTRIBUTION } from '../../../src/map/style';

const JANUARY = { from: isoToDay('2024-01-15'), to: isoToDay('2024-01-31') };

describe('exportFileName', () => {
  it('names a GeoJSON export after the window', () => {
    expect(exportFileName(JANUARY, 'geojson')).toBe('borderlines-2024-01-15_2024-01-31.geojson');
  });

  it('names a CSV export after the window', () => {
    expect(exportFileName(JANUARY, 'csv')).toBe('borderlines-2024-01-15_2024-01-31.csv');
  });

  it('marks a 2× image', () => {
    expect(exportFileName(JANUARY, 'png', 2)).toBe('borderlines-2024-01-15_2024-01-31@2x.png');
  });

  it('names a one-day window with the day twice', () => {
    const day = isoToDay('2018-10-16');
    expect(exportFileName({ from: day, to: day }, 'png')).toBe(
      'borderlines-2018-10-16_2018-10-16.png',
    );
  });
});

describe('plainAttribution', () => {
  it('keeps the words of the GeoNames credit and drops its links', () => {
    expect(plainAttribution(ATTRIBUTION.geonames)).toBe('Places: GeoNames (CC BY 4.0)');
  });

  it('decodes entities', () => {
    expect(plainAttribution('&copy; A &amp; B')).toBe('© A & B');
  });
});

describe('describeFilters', () => {
  it('is null without filters', () => {
    expect(describeFilters(NO_FILTERS)).toBeNull();
  });

  it('names each filter in force', () => {
    expect(
      describeFilters({
        ...NO_FILTERS,
        categories: ['attack', 'abduction'],
        placePrecisions: ['town'],
        minFatalities: 5,
        query: ' saravan ',
      }),
    ).toBe(
      'category attack, abduction; place known to town; at least 5 fatalities; search "saravan"',
    );
  });
});

describe('buildCaption', () => {
  const input = {
    datasetName: null,
    window: JANUARY,
    count: 5,
    filters: NO_FILTERS,
    attributions: [ATTRIBUTION.naturalEarth, ATTRIBUTION.geonames, ATTRIBUTION.geonames],
  };

  it('describes the seed articles, the window and the count', () => {
    const c = buildCaption(input);
    expect([c.title, c.subtitle, c.window, c.filters]).toEqual([
      'Borderlines',
      SEED_SUBTITLE,
      '2024-01-15 – 2024-01-31 · 5 incidents shown',
      null,
    ]);
  });

  it('credits Natural Earth and GeoNames once each', () => {
    expect(buildCaption(input).attribution).toBe(
      'Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0)',
    );
  });

  it('names a loaded dataset and the filters', () => {
    const c = buildCaption({
      ...input,
      datasetName: '100,000 synthetic incidents (seed 1)',
      count: 1,
      filters: { ...NO_FILTERS, categories: ['attack'] },
    });
    expect([c.subtitle, c.window, c.filters]).toEqual([
      '100,000 synthetic incidents (seed 1)',
      '2024-01-15 – 2024-01-31 · 1 incident shown',
      'Filters: category attack',
    ]);
  });
});
