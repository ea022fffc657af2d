// Gazetteer matching and ranking, on the committed gazetteer with the curated aliases and on
// small hand-made entries for the ranking rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  lookupPlace,
  PlaceError,
  type Gazetteer,
  type GazetteerEntry,
} from '../../src/core/gazetteer.ts';
import { ROOT } from '../../pipeline/paths.ts';
import { parseExtractGazetteer } from '../../src/core/extract/gazetteerData.ts';

const entries = JSON.parse(
  readFileSync(join(ROOT, 'geodata/generated/gazetteer.json'), 'utf8'),
) as GazetteerEntry[];
const gaz: Gazetteer = {
  entries,
  ...parse(readFileSync(join(ROOT, 'geodata/aliases.yaml'), 'utf8')),
};

const at = (name: string, country?: string) => lookupPlace(name, gaz, country).entry;

describe('news spellings through the alias table', () => {
  it.each(['Saravan', 'Sarawan', 'Saravan county'])('%s is Saravan, Iran', (name) => {
    expect(at(name)).toMatchObject({
      country: 'IR',
      admin1: 'Sistan and Baluchestan',
      lat: 27.3709,
    });
  });
  it.each(['Mirjaveh', 'Mirjave', 'Mirjawa'])('%s is Mirjaveh, Iran', (name) => {
    expect(at(name)).toMatchObject({ country: 'IR', lon: 61.4496 });
  });
  it.each(['Taftan', 'Taftaan'])('%s is Taftan, Pakistan', (name) => {
    expect(at(name)).toMatchObject({ country: 'PK', admin1: 'Balochistan' });
  });
  it.each(['Sistan and Baluchestan', 'Sistan-Baluchestan', 'Sistan-Baluchistan'])(
    '%s is the Iranian province',
    (name) => expect(at(name)).toMatchObject({ kind: 'province', area: 'IR-SB' }),
  );
  it.each(['Balochistan', 'Baluchistan'])('%s is the Pakistani province', (name) => {
    expect(at(name)).toMatchObject({ kind: 'province', area: 'PK-BA' });
  });
  it('a country is a place with its area', () => {
    expect(lookupPlace('Pakistan', gaz)).toMatchObject({
      precision: 'country',
      entry: { area: 'PK' },
    });
  });
  it('"county" sets county precision on the seat town', () => {
    expect(lookupPlace('Saravan county', gaz).precision).toBe('county');
  });
});

describe('ranking', () => {
  it('a national capital beats the province named after it', () => {
    expect(at('Tehran')).toMatchObject({ kind: 'town', feature: 'PPLC' });
  });
  it('"… province" asks for the province', () => {
    expect(at('Tehran province')).toMatchObject({ kind: 'province', area: 'IR-TE' });
  });
  const town = (country: string, population: number | null, feature = 'PPL'): GazetteerEntry => ({
    name: 'Testabad', alt: [], lat: 30, lon: 60, country, admin1: null, population, kind: 'town', feature,
  }); // prettier-ignore
  const small = (list: GazetteerEntry[]): Gazetteer => ({
    entries: list,
    aliases: [],
    organisations: [],
  });
  it('ten times the population wins', () => {
    expect(
      lookupPlace('Testabad', small([town('IR', 500), town('PK', 50_000)])).entry.country,
    ).toBe('PK');
  });
  it('a provincial seat beats a bigger ordinary town', () => {
    const g = small([town('IR', 900_000), town('PK', 1000, 'PPLA')]);
    expect(lookupPlace('Testabad', g).entry.country).toBe('PK');
  });
  it('alike candidates are an error listing them', () => {
    const g = small([town('IR', 1000), town('PK', 2000)]);
    const e = (() => {
      try {
        lookupPlace('Testabad', g);
      } catch (err) {
        return err as PlaceError;
      }
    })();
    expect(e).toBeInstanceOf(PlaceError);
    expect(e?.candidates).toHaveLength(2);
  });
  it('a claimed country settles alike candidates', () => {
    expect(
      lookupPlace('Testabad', small([town('IR', 1000), town('PK', 2000)]), 'IR').entry.country,
    ).toBe('IR');
  });
});

describe('refusals', () => {
  it.each(['Jaish al-Adl', 'Jeish al-Adl', 'Jaish Al-Adl'])('%s is an organisation', (name) => {
    expect(() => lookupPlace(name, gaz)).toThrow(/organisation, not a place/);
  });
  it('an unknown name is an error with suggestions', () => {
    expect(() => lookupPlace('Zahedanabadxyz', gaz)).toThrow(/unknown place/);
  });
});

// Regressions: a claimed country or province must narrow the candidates before ranking, and an
// alias pinned to one country must not hide a claimed namesake across the border.
describe('regression: lookupPlace ignored the claimed country when ranking found a clear winner', () => {
  it('Pishin claimed in IR is the Iranian village, not the bigger Pakistani district town', () => {
    // Pishin, Balochistan (PK, PPLA2, pop 24,239) outranks Pīshīn, Sistan and Baluchestan (IR,
    // PPL); the two lie ~700 km apart.
    expect(at('Pishin')).toMatchObject({ country: 'PK', admin1: 'Balochistan' });
    expect(at('Pishin', 'IR')).toMatchObject({
      country: 'IR',
      admin1: 'Sistan and Baluchestan',
      lat: 26.0794,
    });
  });
  it('Khash claimed in AF is the Afghan town in Nimroz, not the Iranian county seat', () => {
    expect(at('Khash')).toMatchObject({ country: 'IR' });
    expect(at('Khash', 'AF')).toMatchObject({ country: 'AF', admin1: 'Nimroz' });
  });
  it('Kalat claimed in PK is Kalat, Balochistan, not Qalat, the Afghan provincial seat', () => {
    expect(at('Kalat', 'PK')).toMatchObject({ country: 'PK', admin1: 'Balochistan' });
  });
  it('a claimed province narrows namesakes inside one country', () => {
    const claim = { country: 'IR', admin1: 'Sistan and Baluchestan' };
    expect(lookupPlace('Aliabad', gaz, claim).entry).toMatchObject({
      admin1: 'Sistan and Baluchestan',
    });
  });
  it('a claim that matches no candidate leaves them all (the point check then reports it)', () => {
    expect(at('Quetta', 'IR')).toMatchObject({ country: 'PK' });
  });
});

describe('regression: an alias pinned to one country hid its namesake across the border', () => {
  const pinned: Gazetteer = {
    ...gaz,
    aliases: [...gaz.aliases, { alias: 'Khash', name: 'Khāsh', country: 'IR' }],
  };
  it('without a claim the alias decides', () => {
    expect(lookupPlace('Khash', pinned).entry.country).toBe('IR');
  });
  it('a claim of the other country reaches the namesake there', () => {
    expect(lookupPlace('Khash', pinned, 'AF').entry).toMatchObject({
      country: 'AF',
      admin1: 'Nimroz',
    });
  });
  it('the committed aliases do not hide Pishin, Iran, behind a Pakistani pin', () => {
    const withPin: Gazetteer = {
      ...gaz,
      aliases: [...gaz.aliases, { alias: 'Pishin', name: 'Pishin', country: 'PK' }],
    };
    expect(lookupPlace('Pishin', withPin, 'IR').entry.country).toBe('IR');
  });
});

describe('curated districts behind "X county" / "X district"', () => {
  const extract = parseExtractGazetteer(
    readFileSync(join(ROOT, 'public/data/extract-gazetteer.json'), 'utf8'),
  );
  const withDistricts: Gazetteer = {
    ...gaz,
    districts: extract.districts.map((d) => ({
      names: [d.name, ...d.names],
      entry: { name: d.name, alt: d.names, lat: d.lat, lon: d.lon, country: d.country, admin1: d.admin1, population: null, kind: 'town', feature: 'ADM2' },
    })), // prettier-ignore
  };
  it('"Taftan county" claimed in IR is the Iranian county at its seat, not the Pakistani town', () => {
    const m = lookupPlace('Taftan county', withDistricts, { country: 'IR' });
    expect(m).toMatchObject({
      precision: 'county',
      entry: { name: 'Taftan County', country: 'IR' },
    });
  });
  it('"Saravan county" stays at Saravan town, its seat', () => {
    expect(lookupPlace('Saravan county', withDistricts, 'IR').entry).toMatchObject({
      name: 'Saravan County',
      lat: 27.3709,
      lon: 62.331,
    });
  });
  it('a bare name is still the town ("Taftan" without "county")', () => {
    expect(lookupPlace('Taftan', withDistricts).entry).toMatchObject({
      name: 'Taftan',
      country: 'PK',
    });
  });
});
