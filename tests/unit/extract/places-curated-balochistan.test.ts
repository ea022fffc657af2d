// Balochistan places GeoNames (cities500) lacks, curated as `kind: area` in geodata/districts.yaml
// (helper round places3): a town (Jhal Jhao), a tehsil whose area a page gives (Mashkai), a coal
// field (Chamalang) and the gas town of Sui. Each now reads as a place of its own, not a fallback
// to its district seat; "Sui" inside a company name stays no place.
import { describe, expect, it } from 'vitest';
import { codes, gazetteer, places } from './placeHelpers.ts';

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function area(name: string) {
  const a = gazetteer.districts.find((d) => d.kind === 'area' && d.name === name);
  if (!a) throw new Error(`no curated area ${name}`);
  return a;
}

const cases: [string, string][] = [
  ['Jhal Jhao', 'Militants attacked a Levies post in Jhal Jhao, Awaran district, on Sunday.'],
  ['Mashkai', 'Security forces launched an operation in Mashkay in Awaran district on Tuesday.'],
  ['Mashkai', 'Two soldiers were killed when gunmen ambushed a convoy in Mashkai on Saturday.'],
  ['Chamalang', 'Gunmen opened fire on coal miners in Chamalang, Loralai district, on Monday.'],
  ['Sui', 'Unidentified men blew up a gas pipeline near Sui in Dera Bugti district on Friday.'],
];

describe('Balochistan areas GeoNames lacks', () => {
  for (const [name, sentence] of cases) {
    it(`"${sentence}" is ${name}, at town precision within its radius`, () => {
      const r = places(sentence);
      const a = area(name);
      expect(r.event?.resolved).toMatchObject({ name, precision: 'town', country: 'PK' });
      const at = r.event?.resolved;
      expect(at && km(at, a)).toBeLessThanOrEqual(a.radius_km);
      expect(codes(r)).not.toContain('fallback_admin');
      expect(codes(r)).not.toContain('several_places');
    });
  }

  it('every new area names its source pages', () => {
    for (const name of ['Jhal Jhao', 'Mashkai', 'Chamalang', 'Sui']) {
      expect(area(name).source).toMatch(/https?:\/\//);
    }
  });
});

describe('controls', () => {
  it('"Sui" in the gas company\'s name is no place', () => {
    const r = places('Sui Southern Gas Company suspended supply to Quetta on Friday.');
    expect(r.event?.resolved?.name).toBe('Quetta');
    expect(r.mentions.map((m) => m.text)).not.toContain('Sui');
  });
  it('a Kech town still missing from the gazetteer (Hoshab) falls back to its district, as before', () => {
    const r = places(
      'Militants attacked a checkpost in the Hoshab area of Kech district on Sunday.',
    );
    expect(r.event?.resolved?.name).toBe('Kech District');
    expect(codes(r)).toContain('fallback_admin');
  });
});
