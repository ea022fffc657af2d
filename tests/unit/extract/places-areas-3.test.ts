// Divisions curated in gazetteer round areas3 (geodata/districts.yaml): published areas for
// Chaman district (split from Qila Abdullah in 2021) and Panjwai district. A division with a
// known area is answered at its seat within its reach; one whose only figure predates a split
// (Upper and Lower Kohistan) or is of a later remnant (Shindand) keeps no area and stays a review.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}

describe('a division whose published area is now curated', () => {
  it('"Chaman district" is the district at Chaman, within its reach', () => {
    const p = one('A blast hit Chaman district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.place).toMatch(/Chaman/);
    expect(p?.uncertainty_km).toBe(districtReachKm(1341));
  });
  it('"Panjwai district" is the district at Bazar-e Panjwai, within its reach', () => {
    const p = one('A blast hit Panjwai district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.place).toMatch(/Panjwai/);
    expect(p?.uncertainty_km).toBe(districtReachKm(5841));
  });
});

describe('divisions still held for review', () => {
  it('Upper Kohistan, whose only published area predates its split, needs review', () => {
    const p = one('A blast hit Upper Kohistan district on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
  it('Shindand, whose only published area is of a later remnant, needs review', () => {
    const p = one('A blast hit Shindand district on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
});
