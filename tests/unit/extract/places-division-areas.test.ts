// Divisions curated in issue 8's data round (geodata/districts.yaml): published areas for more
// divisions and Afghan border districts at their GeoNames seats. A division with a known area is answered at its seat within its reach; a
// division of unknown size, or one reaching beyond 100 km, stays a review. Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { CONFIDENT_DIVISION_KM } from '../../../src/core/extract/reviews.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}
const codes = (p: ReturnType<typeof one>) => p?.reasons.map((r) => r.code) ?? [];

describe('a division whose published area is now curated', () => {
  it('"in Upper Dir district" is the district at its seat, within its reach', () => {
    const p = one('Gunmen killed two policemen in Upper Dir district on Monday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(3699));
  });
  it('"Qila Abdullah district" is the district, not the town of that name', () => {
    const p = one('A roadside bomb wounded three soldiers in Qila Abdullah district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(5264));
  });
  it('an elongated district whose extent lies beyond its reach (Qila Saifullah) needs review', () => {
    const p = one('Two soldiers were killed in Qila Saifullah district on Monday.');
    expect(p?.status).toBe('needs_review');
  });
  it(`a district reaching beyond ${CONFIDENT_DIVISION_KM} km by its area (Zhob) still needs review`, () => {
    const p = one('Two soldiers were killed in Zhob district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.uncertainty_km).toBe(districtReachKm(20297));
    expect(codes(p)).toContain('coarse_place');
  });
});

describe('Afghan border districts (seat known, size not)', () => {
  it('"in Dangam district" is placed at Dangam but held: its size is not known', () => {
    const p = one(
      'Pakistani forces shelled villages in Dangam district on Monday, killing two civilians.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.place).toMatch(/Dangam/);
    expect(p?.reasons.find((r) => r.code === 'coarse_place')?.message).toMatch(
      /whose size is not known offline/,
    );
  });
  it('an unknown village in a curated Afghan district falls back to it, flagged', () => {
    const p = one(
      'Two children were killed when a shell hit the village of Zorkalay in Dand Patan district on Sunday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
    expect(p?.lat).toBeCloseTo(33.83, 1);
  });
});
