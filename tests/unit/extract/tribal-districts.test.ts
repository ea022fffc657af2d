// Pakistan's former tribal agencies are districts now, and reports still name them the old way:
// "Bajaur tribal district", "the Kurram tribal region", "Khyber Agency", "the former tribal area
// of Bajaur" (issue 8, fourth round: seen on real Dawn and AFP reports). Each is the district,
// read like "X district". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');
const at = (where: string) => run(`A mortar shell killed two villagers ${where} on Monday.`)[0];

describe('the words of the former tribal areas name the district', () => {
  it.each([
    ['in Bajaur tribal district', 'Bajaur tribal district', 'Bajaur District'],
    ['in the Kurram tribal region', 'Kurram tribal region', 'Kurram District'],
    ['in Kurram Agency', 'Kurram Agency', 'Kurram District'],
  ])('"%s" is the district, with the words in the place phrase', (where, place, resolved) => {
    expect(at(where)).toMatchObject({
      place,
      resolved_place: resolved,
      place_precision: 'county',
      status: 'proposed',
    });
  });
  it('"the former tribal area of Bajaur" is the district, not widened as "the area of"', () => {
    const p = at('in the former tribal area of Bajaur');
    expect(p).toMatchObject({ resolved_place: 'Bajaur District', status: 'proposed' });
    expect(p!.uncertainty_km).toBe(40);
  });
  it('"the area of Bajaur" is still widened', () => {
    expect(at('in the area of Bajaur')!.uncertainty_km).toBeGreaterThan(40);
  });
  it('a district of unknown size keeps its review', () => {
    expect(at('in the Zhob tribal area')).toMatchObject({
      resolved_place: 'Zhob District',
      status: 'needs_review',
    });
  });
  it('a news agency named after a place is no district', () => {
    expect(at('in Quetta, the Mehr agency said,')).toMatchObject({ resolved_place: 'Quetta' });
  });
});
