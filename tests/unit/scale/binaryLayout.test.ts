import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAcledCsv } from '../../../src/core/acled.ts';
import {
  columnsFromFeatures,
  decodeColumns,
  encodeColumns,
  featureAt,
} from '../../../src/core/binaryLayout.ts';
import { isoToDay } from '../../../src/core/days.ts';
import { generateSynthetic } from '../../../src/core/synthetic.ts';

const acled = parseAcledCsv(
  readFileSync('tests/fixtures/acled/valid/in/invented-border-rows.csv', 'utf8'),
  'invented-border-rows.csv',
).features;

describe('binary layout', () => {
  it('round-trips columns without details', () => {
    const cols = generateSynthetic(1000, 3);
    const back = decodeColumns(encodeColumns(cols));
    expect(back).toEqual(cols);
  });
  it('round-trips full features through details', () => {
    const back = decodeColumns(encodeColumns(columnsFromFeatures(acled)));
    const ids = Array.from({ length: back.count }, (_, i) => featureAt(back, i).properties.id);
    const sorted = [...acled].sort((a, b) =>
      a.properties.date === b.properties.date
        ? a.properties.id.localeCompare(b.properties.id)
        : a.properties.date.localeCompare(b.properties.date),
    );
    expect(ids.map((id) => acled.find((f) => f.properties.id === id))).toEqual(sorted);
  });
  it('sorts rows by start day', () => {
    const cols = columnsFromFeatures(acled);
    expect(Array.from(cols.start)).toEqual(
      acled.map((f) => isoToDay(f.properties.date)).sort((a, b) => a - b),
    );
  });
  it('stores range ends', () => {
    const cols = columnsFromFeatures(acled);
    const i = Array.from({ length: cols.count }, (_, k) => k).find(
      (k) => featureAt(cols, k).properties.id === 'acled-TEST0004',
    )!;
    expect([cols.start[i], cols.end[i]]).toEqual([isoToDay('2018-11-01'), isoToDay('2018-11-30')]);
  });
  it('rejects a buffer that is not a dataset', () => {
    expect(() =>
      decodeColumns(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}').buffer),
    ).toThrow(/missing "BLDS" magic/);
  });
  it('rejects a truncated dataset', () => {
    const buf = encodeColumns(generateSynthetic(10, 1));
    expect(() => decodeColumns(buf.slice(0, buf.byteLength - 4))).toThrow(/truncated/);
  });
  it('marks placeholder features of synthetic data as synthetic', () => {
    expect(featureAt(generateSynthetic(5, 1), 0).properties.excerpt).toMatch(/^Synthetic incident/);
  });
});

describe('binary layout extras (version 2)', () => {
  const features = acled;

  it('round-trips packed ids and facet columns', () => {
    const cols = columnsFromFeatures(features);
    const back = decodeColumns(encodeColumns(cols));
    expect(back.ids).toEqual(cols.ids);
    expect(back.facets).toEqual(cols.facets);
  });

  it('reads a version 1 file (no extras) with ids and facets null', () => {
    const cols = { ...columnsFromFeatures(features), ids: null, facets: null };
    const buffer = encodeColumns(cols);
    new DataView(buffer).setUint32(4, 1, true);
    const back = decodeColumns(buffer);
    expect([back.ids, back.facets, back.count]).toEqual([null, null, cols.count]);
  });

  it('refuses a file whose extras are cut short', () => {
    const buffer = encodeColumns(columnsFromFeatures(features));
    expect(() => decodeColumns(buffer.slice(0, buffer.byteLength - 8))).toThrow(
      /truncated|corrupt/,
    );
  });
});
