import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeColumns } from '../../../src/core/binaryLayout.ts';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import { detectFormat, parseIncidentGeoJson, parseInput } from '../../../src/scale/parseInput.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const csv = readFileSync('tests/fixtures/acled/invalid/in/bad-rows.csv');

describe('detectFormat', () => {
  it('trusts the file extension', () => {
    expect(detectFormat('x.geojson', bytes('a,b'))).toBe('geojson');
  });
  it('recognises the binary magic without an extension', () => {
    expect(detectFormat('download', new Uint8Array(encodeColumns(generateSynthetic(1, 1))))).toBe(
      'binary',
    );
  });
  it('recognises JSON without an extension', () => {
    expect(detectFormat('download', bytes('  {"type":"FeatureCollection"}'))).toBe('geojson');
  });
});

describe('parseIncidentGeoJson', () => {
  it('skips a feature without an ISO date and names it', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [61, 29] },
          properties: { id: 'a', date: '2024-13-01' },
        },
      ],
    });
    const r = parseIncidentGeoJson(text, 'x.geojson');
    expect([r.features.length, r.problems.map((p) => [p.row, p.column])]).toEqual([
      0,
      [[1, 'properties.date']],
    ]);
  });
  it('reports invalid JSON as a file problem', () => {
    expect(parseIncidentGeoJson('{', 'x.geojson').problems[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe('parseInput', () => {
  it('reads an ACLED CSV into sorted columns plus its problems', () => {
    const r = parseInput(new Uint8Array(csv), 'bad-rows.csv', () => {});
    expect([r.columns.count, r.problems.length]).toEqual([2, 10]);
  });
  it('reads the binary layout as is', () => {
    const cols = generateSynthetic(100, 2);
    expect(parseInput(new Uint8Array(encodeColumns(cols)), 'x.bin', () => {}).columns).toEqual(
      cols,
    );
  });
});
