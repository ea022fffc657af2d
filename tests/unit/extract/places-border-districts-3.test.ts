// Places curated in issue 8's eighth round (geodata/districts.yaml): Kandahar's Dand district
// (GeoNames' "Kandahar District", governed from Kandahar city) and Teri Mangal, a Kurram town on
// the Durand Line that GeoNames lacks. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}
function resolved(text: string) {
  return places(text).event?.resolved;
}

describe('Dand district of Kandahar', () => {
  it('"Dand district" is the Kandahar district, at Kandahar city', () => {
    expect(
      resolved('A roadside bomb killed two policemen in Dand district on Monday.'),
    ).toMatchObject({
      name: 'Dand District',
      country: 'AF',
      admin1: 'Kandahar',
    });
  });
  it('a text naming only Dand district stays for review (its size is not known)', () => {
    const p = one('A roadside bomb killed two policemen in Dand district on Monday.');
    expect(p?.resolved_place).toBe('Dand District');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((x) => x.code)).toContain('coarse_place');
  });
});

describe('Teri Mangal, a Kurram border town', () => {
  it('"Teri Mangal" is a town of its own, not a fallback to Kurram district', () => {
    const r = places('Gunmen attacked a border post in Teri Mangal of Kurram district on Monday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Teri Mangal', country: 'PK' });
    expect(r.event?.resolved?.uncertainty_km).toBeLessThanOrEqual(10);
    expect(codes(r)).not.toContain('fallback_admin');
  });
  it('"Tari Mangal", the other spelling, is the same town', () => {
    expect(resolved('Gunmen attacked a checkpoint in Tari Mangal on Monday.')?.name).toBe(
      'Teri Mangal',
    );
  });
});
