// A place known only within a wide radius is not an answer: it needs review, saying how wide.
// A road is an answer when both ends lie in one country and it is not too long; a road across
// the border needs review (the text does not say on which side it happened).
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { CONFIDENT_RADIUS_KM } from '../../../src/core/extract/reviews.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-01-29' }, readers);
  return p;
}

describe('wide places need review', () => {
  it('a district widened by "near" is wider than a confident answer', () => {
    const p = one('Gunmen attacked a police post near Kech district on Monday.');
    expect(p?.uncertainty_km).toBeGreaterThan(CONFIDENT_RADIUS_KM);
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/only within about \d+ km/);
  });
  it('a district itself, small enough by its published area, is still an answer', () => {
    // Harnai: 4,096 km², reach 72 km (Kech, reaching 170 km by its area, is the next test).
    expect(one('Gunmen attacked a police post in Harnai district on Monday.')?.status).toBe(
      'proposed',
    );
  });
  it('a district wider than 100 km by its published area needs review', () => {
    const p = one('Gunmen attacked a police post in Chagai district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('coarse_place');
  });
  it('a district named alone, reaching 170 km by its published area, needs review', () => {
    const p = one('Gunmen attacked a police post in Kech district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p).toMatchObject({ place_precision: 'county', uncertainty_km: 170 });
  });
  it('a road between two towns of one country is an answer', () => {
    expect(one('Gunmen attacked a bus on the Zahedan-Khash road on Monday.')?.status).toBe(
      'proposed',
    );
  });
  it('a road across the border needs review, naming both ends', () => {
    const p = one('Gunmen attacked a bus on the Chaman-Kandahar highway on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.find((r) => r.code === 'coarse_place')?.message).toMatch(
      /across the border between Chaman and Kandah/,
    );
  });
});
