// Border precision in the committed data: the seed records the issue names, revisited. The
// handover of the five guards lies along the Iran–Pakistan border (it was drawn at Iran's
// centroid, ~800 km from any border), and the arcs of strikes whose text names no launch site
// start where they crossed the border (they started at Tehran and at Pakistan's centroid).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../pipeline/paths.ts';
import type { IncidentCollection } from '../../../src/core/types.ts';

const fc = JSON.parse(
  readFileSync(join(ROOT, 'public/data/incidents.geojson'), 'utf8'),
) as IncidentCollection;
const byId = (id: string) => {
  const f = fc.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no incident ${id}`);
  return f;
};
const border = JSON.parse(readFileSync(join(ROOT, 'public/data/border.geojson'), 'utf8')) as {
  features: {
    properties: { id: string; countries: [string, string]; provinces?: [string, string] };
    geometry: { coordinates: number[][][] };
  }[];
};

describe('border lines the app loads', () => {
  it('border.geojson holds the three shared borders first, the Iran–Pakistan line first', () => {
    expect(border.features.slice(0, 3).map((f) => f.properties.id)).toEqual([
      'IR-PK',
      'AF-IR',
      'AF-PK',
    ]);
    expect(border.features.slice(0, 3).every((f) => !f.properties.provinces)).toBe(true);
  });
  it('then the stretches two provinces of different countries share, named by their ids', () => {
    const stretches = border.features.slice(3);
    expect(stretches.length).toBeGreaterThan(10);
    for (const { properties: p } of stretches) {
      expect(p.provinces).toHaveLength(2);
      expect(p.id).toBe([...(p.provinces as string[])].sort().join('/'));
      expect(p.provinces?.map((id) => id.slice(0, 2))).toEqual(p.countries);
    }
    const nimroz = stretches.find((f) => f.properties.id === 'AF-NM/IR-SB');
    const [lon, lat] = nimroz?.geometry.coordinates[0]?.[0] ?? [0, 0];
    // The Nimruz–Sistan stretch runs near Zaranj (61.9° E, 31.0° N).
    expect(Math.abs((lon ?? 0) - 61.8)).toBeLessThan(1.5);
    expect(Math.abs((lat ?? 0) - 30.9)).toBeLessThan(1.5);
  });
});

describe('the handover of five guards from Pakistan to Iran', () => {
  const f = byId('2018-release-of-five-guards');
  it('lies on the Iran–Pakistan border, drawn as that line', () => {
    expect(f.properties).toMatchObject({ place_precision: 'border', border_line: 'IR-PK' });
    expect(f.properties.border_km).toBe(0);
    expect(f.properties.area).toBeUndefined();
  });
  it('may lie anywhere along the border: half its length as the radius', () => {
    expect(f.properties.uncertainty_km).toBeGreaterThan(350);
  });
});

describe('arcs of strikes whose text names no launch site', () => {
  it("Iran's strikes start on the Iran–Pakistan border, not at Tehran", () => {
    const p = byId('2024-iran-strikes-balochistan').properties;
    expect(p.origin_place).toBeUndefined();
    expect(p.origin_point?.[0]).toBeGreaterThan(60);
    expect(p.origin_point?.[0]).toBeLessThan(64);
  });
  it("Pakistan's strikes on Saravan start at the border point nearest Saravan", () => {
    const p = byId('2024-pakistan-strikes-saravan').properties;
    expect(p.origin_place).toBe('Pakistan');
    expect(p.origin_point).toEqual([62.7576, 27.3488]);
  });
  it('diplomatic links between the capitals keep their capital', () => {
    expect(byId('2024-agreement-to-defuse-tensions').properties.origin_point).toEqual([
      51.4215, 35.6944,
    ]);
  });
});
