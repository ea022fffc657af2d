// Border crossings as places the record lookup knows (src/core/gazetteerCrossings.ts), and a
// name claimed as a province resolving to the province (src/core/gazetteer.ts), over the place
// data the app loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_GAZETTEER_PATH } from '../../pipeline/build-all.ts';
import { ROOT } from '../../pipeline/paths.ts';
import { parseExtractGazetteer } from '../../src/core/extract/gazetteerData.ts';
import { lookupGazetteer } from '../../src/core/extract/recordLookup.ts';
import { lookupPlace } from '../../src/core/gazetteer.ts';

const g = lookupGazetteer(
  parseExtractGazetteer(
    readFileSync(join(ROOT, EXTRACT_GAZETTEER_PATH), 'utf8'),
    EXTRACT_GAZETTEER_PATH,
  ),
);
const where = (name: string, claim: Parameters<typeof lookupPlace>[2]) => {
  const m = lookupPlace(name, g, claim);
  return [m.entry.name, m.entry.country, m.entry.admin1, m.precision];
};

describe('crossings in the record lookup', () => {
  it('"Mand border crossing" is the Pakistani side of the Pishin–Mand crossing', () => {
    expect(where('Mand border crossing', 'PK')).toEqual([
      'Pishin–Mand crossing',
      'PK',
      'Balochistan',
      'point',
    ]);
  });
  it('a side town alone names its own side ("Rimdan" is Iran’s)', () => {
    expect(where('Rimdan', undefined)).toEqual([
      'Gabd–Rimdan crossing',
      'IR',
      'Sistan and Baluchestan',
      'point',
    ]);
  });
  it('Torkham’s Pakistani side is in Khyber Pakhtunkhwa (the tribal areas merged in 2018)', () => {
    expect(where('Torkham', 'PK')).toEqual([
      'Torkham crossing',
      'PK',
      'Khyber Pakhtunkhwa',
      'point',
    ]);
  });
  it('a crossing carries its curated radius', () => {
    expect(lookupPlace('Chaman border crossing', g, 'PK').entry.radius_km).toBe(8);
  });
  it('control: a town the gazetteer knows stays the town ("Taftan")', () => {
    expect(where('Taftan', 'PK')).toEqual(['Taftan', 'PK', 'Balochistan', 'town']);
  });
});

describe('a name claimed as a province', () => {
  it('"Kandahar" as a province is the province', () => {
    expect(where('Kandahar', { country: 'AF', province: true })[3]).toBe('province');
  });
  it('control: "Kandahar" as a place is the city', () => {
    expect(where('Kandahar', { country: 'AF' })[3]).toBe('town');
  });
});
