// Regression "towns filed under Khowst are not in Khost province": GeoNames files a province's
// towns under its own spelling ("Khowst", "Ghowr", "Nimroz"), Natural Earth names the province
// otherwise ("Khost", "Ghōr", "Nimruz"). Comparing two places' provinces by name (quotes, the next
// sentence, two places in one sentence) then said a town was outside its own province, and
// "Khost province" could not narrow a name's namesakes to its towns.
import { describe, expect, it } from 'vitest';
import { buildPlaceIndex } from '../../../src/core/extract/placeIndex.ts';
import { gazetteer, mentionOf, places } from './placeHelpers.ts';

const index = buildPlaceIndex(gazetteer);
const provinceNames = new Set(
  [...index.provinces.values()].map((p) => `${p.country}|${p.admin1 ?? ''}`),
);

describe("every place says its province record's name", () => {
  it('in the border countries, except the provinces Natural Earth lacks', () => {
    const unlinked = new Set<string>();
    for (const list of [...index.byName.values(), ...index.districts.values()])
      for (const r of list) {
        if (!['IR', 'PK', 'AF'].includes(r.country) || !r.admin1) continue;
        if (r.kind === 'province' || r.kind === 'country') continue;
        const key = `${r.country}|${r.admin1}`;
        if (!provinceNames.has(key)) unlinked.add(key);
      }
    // Panjshir and Daykundi have no Natural Earth province of their own (their polygons are
    // Parwan's and Oruzgan's from before the split); Islamabad's towns would need "Islamabad" to
    // name the territory, which it must not (it is the city).
    expect([...unlinked].sort()).toEqual(['AF|Daykundi', 'AF|Panjshir', 'PK|Islamabad']);
  });
  it('a curated district of Khost says Khost', () => {
    expect(index.districts.get('tere zayi')?.[0]?.admin1).toBe('Khost');
  });
});

describe('the province named narrows to its towns', () => {
  it('"Khost province" keeps a name to the town there', () => {
    const r = places('Rockets hit Matun in Khost province on Monday.');
    expect(mentionOf(r, 'Matun').resolved).toMatchObject({ country: 'AF', admin1: 'Khost' });
  });
});
