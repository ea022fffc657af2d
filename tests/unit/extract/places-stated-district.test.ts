// Stated district precision (issue 8, third round): a text that places an incident only in a
// district whose published area is curated (geodata/districts.yaml `area_km2`) is answered at
// that district, within twice the radius of the circle of its area (its reach from the seat, for
// a compact district); an unknown village or area named in it, a district of unknown size, or
// one reaching beyond 100 km stays a review. Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm, loadCurated } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { CONFIDENT_DIVISION_KM } from '../../../src/core/extract/reviews.ts';
import type { DataIssue } from '../../../src/core/validation.ts';
import { gazetteer } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}
const codes = (p: ReturnType<typeof one>) => p?.reasons.map((r) => r.code) ?? [];

describe('a district named as the place, with a published area', () => {
  it('"a village in Pakistan\'s Harnai district" is Harnai district, proposed', () => {
    const p = one("Drones struck a village in Pakistan's Harnai district on Tuesday.");
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
  });
  it('"in Musakhel district" is the district at its seat, within its reach', () => {
    const p = one('Gunmen shot dead six passengers in Musakhel district on Monday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(7552));
  });
  it('"Balochistan\'s Harnai district" (the province frames it) is one place', () => {
    const p = one("Militants attacked a checkpost in Balochistan's Harnai district on Monday.");
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(codes(p)).not.toContain('several_places');
  });
});

describe('former tribal districts (curated with their census areas)', () => {
  it('"in North Waziristan" is the district at Miran Shah, within its reach', () => {
    const p = one('A drone strike killed four militants in North Waziristan on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(4707));
  });
  it('"Bajaur district" is the district, not a town of that name', () => {
    const p = one('Mortar shells landed in Bajaur district on Sunday, wounding three children.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(1290));
  });
});

describe('still a review', () => {
  it('an unknown place named in the district is a fallback ("around X in Y\'s Z district")', () => {
    const p = one(
      "Troops were killed on Monday after militants blocked roads around Zarkhu in Balochistan's Kalat district.",
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
  });
  it('"the Hoshab area of Kech district" is a fallback to the district', () => {
    const p = one('A bomb went off in the Hoshab area of Kech district on Sunday.');
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
  });
  it("an unknown village before the country's possessive is a fallback too", () => {
    const p = one(
      "Gunmen killed two labourers near Gichk in Pakistan's Panjgur district on Monday.",
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
  });
  it(`a district wider than ${CONFIDENT_DIVISION_KM} km by its area (Khuzdar) needs review`, () => {
    const p = one('Two soldiers were killed in Khuzdar district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.uncertainty_km).toBeGreaterThan(CONFIDENT_DIVISION_KM);
  });
  it('"a village in Panjgur district" (reaching ~130 km from its seat) needs review', () => {
    const p = one("Drones struck a village in Pakistan's Panjgur district on Tuesday.");
    expect(p?.status).toBe('needs_review');
    expect(p?.uncertainty_km).toBe(districtReachKm(16891));
    expect(codes(p)).toContain('coarse_place');
  });
  it('a curated district without a published area (size unknown) needs review', () => {
    // Shindand (Herat): curated at its seat, no published area (Zhob's area is curated now)
    const p = one('Two soldiers were killed in Shindand district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.find((r) => r.code === 'coarse_place')?.message).toMatch(
      /whose size is not known offline/,
    );
  });
  it('a district the gazetteer does not hold (size unknown) needs review', () => {
    // Kohlu, since Mastung's area is curated (geodata/districts.yaml)
    const p = one('Two soldiers were killed in Kohlu district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('coarse_place');
  });
});

describe('curated areas of districts', () => {
  it('every district with an area names a page for it and has the reach of that area', () => {
    const withArea = gazetteer.districts.filter((d) => d.area_km2 !== null);
    expect(withArea.length).toBeGreaterThanOrEqual(8);
    for (const d of withArea) {
      expect(d.kind).not.toBe('area');
      expect(d.source).toMatch(/https?:\/\/\S+ \([^)]*\d[\d,. ]*\s*(?:km²|km2|sq\.? ?km)/);
      expect(d.radius_km).toBe(districtReachKm(d.area_km2 as number));
    }
  });
  it('a district with both area_km2 and radius_km is refused, naming the line and the fix', () => {
    const issues: DataIssue[] = [];
    const text = [
      'districts:',
      "  - { name: Kech District, names: [Kech], kind: district, country: PK, admin1: Balochistan, seat: Turbat, coordinates: [63.05, 26.0], radius_km: 80, area_km2: 22539, sources: ['x'] }",
      '',
    ].join('\n');
    const out = loadCurated(
      { districts: { path: 'geodata/districts.yaml', text } },
      { entries: [], aliases: [] } as never,
      [],
      issues,
    );
    expect(out.districts).toEqual([]);
    expect(issues[0]).toMatchObject({ file: 'geodata/districts.yaml', line: 2 });
    expect(issues[0]?.fix).toMatch(/not both/);
  });
});
