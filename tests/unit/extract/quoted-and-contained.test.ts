// Two places rules from real reports (issue 8, third round), on invented sentences: a place named
// only inside a quote that retells the incident is the incident's place (quotedPlace.ts); a
// province that holds a border crossing frames it and is no second place (placeCrossings.ts,
// `Crossing.provinces` found at build time from the province polygons).
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, gazetteer, places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

function all(text: string) {
  return extractIncidents(text, { published: '2023-12-16' }, readers);
}

const LEAD =
  'At least nine guards were killed in an attack on a border post in Sistan-Baluchestan province on Friday, officials said.';

describe('a place named only in a quote that retells the incident', () => {
  it("the quote's town, in the lead's province, becomes the place; one proposal", () => {
    const ps = all(
      `${LEAD}\n\nThe deputy governor said, "During the attack on the border post near the town of Saravan, nine guards were killed and four were wounded."`,
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      status: 'proposed',
      resolved_place: 'Sarāvān',
    });
    expect(ps[0]?.place).toMatch(/Saravan$/);
    expect(ps[0]?.excerpt).toContain('The deputy governor said');
  });
  it("a lead that names no place takes the quote's place", () => {
    const ps = all(
      'Nine guards were killed in an attack on a border post on Friday, officials said. "In the attack in the town of Saravan, nine of our guards were killed," a police spokesman told state television.',
    );
    expect(ps[0]).toMatchObject({ resolved_place: 'Sarāvān' });
  });
  it("a quote's place outside the lead's province changes nothing", () => {
    const [p] = all(
      `${LEAD} The governor said, "During the attack on the police headquarters in the city of Quetta, nine guards were killed."`,
    );
    expect(p).toMatchObject({ place_precision: 'province', status: 'needs_review' });
  });
  it('a quote naming two places changes nothing', () => {
    const [p] = all(
      `${LEAD} The governor said, "During the attacks on the posts in Rask and Saravan, nine guards were killed."`,
    );
    expect(p?.place_precision).toBe('province');
  });
  it("a quote without the incident's kind of event words changes nothing", () => {
    const [p] = all(
      `${LEAD} The governor said, "We will not rest until the men behind this are found in Saravan and brought to justice."`,
    );
    expect(p?.place_precision).toBe('province');
  });
  it('a lead already at a town keeps its town', () => {
    const [p] = all(
      'Nine guards were killed in an attack in Rask on Friday, officials said. The governor said, "During the attack on the border post near the town of Saravan, nine guards were killed."',
    );
    expect(p?.resolved_place).toBe('Rāsak');
  });
});

describe('a province that holds the crossing is no second place', () => {
  it('every crossing knows the province of each of its sides', () => {
    for (const c of gazetteer.crossings) {
      expect(Object.keys(c.provinces).sort()).toEqual([...c.countries].sort());
    }
    const torkham = gazetteer.crossings.find((c) => c.name === 'Torkham crossing');
    expect(torkham?.provinces.AF).toBe('AF-NG');
  });
  it('"in Nangarhar province … at the Torkham crossing" is one place', () => {
    const r = places(
      'In Nangarhar province, border forces exchanged fire at the Torkham crossing on Tuesday.',
    );
    expect(r.event?.resolved?.name).toBe('Torkham crossing');
    expect(codes(r)).not.toContain('several_places');
  });
  it('a province of the other side of the crossing still counts as another place', () => {
    const r = places('Gunmen attacked a convoy in Kandahar province and at the Torkham crossing.');
    expect(codes(r)).toContain('several_places');
  });
  it('"Balochistan\'s Kech district" and a town in it are one place', () => {
    const r = places(
      'Gunmen killed three labourers in Turbat, in the Kech district of Balochistan.',
    );
    expect(r.event?.resolved?.name).toBe('Turbat');
    expect(codes(r)).not.toContain('several_places');
  });
});
