// Mastung district's published area (geodata/districts.yaml) makes a text naming only the district
// an answer within its reach, and a place name before an officer's title ("Mastung Assistant
// Commissioner") is the officer's jurisdiction, not where the incident happened. Invented
// sentences; the controls stay in review.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Friday" is the 25th. */
const run = extractOn('2024-10-29');

describe('Mastung district has a known size', () => {
  it('"in Balochistan\'s Mastung district" is the district within its reach (86 km), settled', () => {
    const [p] = run("A bomb killed two policemen in Balochistan's Mastung district on Friday.");
    expect(p).toMatchObject({
      resolved_place: 'Mastung District',
      place_precision: 'county',
      uncertainty_km: 86,
      status: 'proposed',
    });
  });
  it('"in Mastung" is still the town', () => {
    const [p] = run('A bomb killed two policemen in Mastung on Friday.');
    expect(p).toMatchObject({ resolved_place: 'Mastung', place_precision: 'town' });
  });
  it('control: an unknown area of the district falls back to it, for review', () => {
    const [p] = run(
      'A bomb killed two policemen in the Kardgap area of Mastung district on Friday.',
    );
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
});

describe("a name before an officer's title is the officer's jurisdiction", () => {
  it('"according to Mastung Assistant Commissioner X" leaves the district named as the place', () => {
    const [p] = run(
      "A bomb killed two policemen in Balochistan's Mastung district on Friday, according to Mastung Assistant Commissioner Ali Khan.",
    );
    expect(p).toMatchObject({ resolved_place: 'Mastung District', status: 'proposed' });
  });
  it('control: the title alone names no place ("…, Mastung Deputy Commissioner X said")', () => {
    const [p] = run(
      'A bomb killed two policemen on Friday, Mastung Deputy Commissioner Ali Khan said.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('no_place');
  });
});
