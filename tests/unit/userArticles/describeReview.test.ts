// The extractor's reasons once the user chose: a place they picked settles the reasons about the
// place, a date they set those about the date; anything else stays open.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../src/core/extract/types.ts';
import { placeLabel, reasonsByDecision } from '../../../src/core/userArticles/describeReview.ts';

const PLACE: Review = {
  code: 'fallback_admin',
  message: "'Parom area' is not in the gazetteer; placed at Panjgur District, within about 146 km",
};
const DATE: Review = { code: 'no_date_anchor', message: '"on Monday" needs a publication date' };
const OTHER: Review = { code: 'other', message: 'The text sums up several events.' };
const REASONS = [PLACE, DATE, OTHER];
const POINT = { kind: 'map', lat: 26.9, lon: 64.1, country: 'PK', admin1: 'Balochistan' } as const;

describe('reasonsByDecision', () => {
  it('keeps every reason open while nothing is chosen', () => {
    expect(reasonsByDecision(REASONS, {})).toEqual({ open: REASONS, resolved: [] });
  });

  it('a place placed by hand (or a candidate) settles the place reasons only', () => {
    expect(reasonsByDecision(REASONS, { place: POINT })).toEqual({
      open: [DATE, OTHER],
      resolved: [PLACE],
    });
  });

  it('a date set by hand settles the date reasons; both settle both; "other" stays open', () => {
    const date = { date: '2025-03-01', precision: 'day' } as const;
    expect(reasonsByDecision(REASONS, { date })).toEqual({
      open: [PLACE, OTHER],
      resolved: [DATE],
    });
    expect(reasonsByDecision(REASONS, { place: POINT, date })).toEqual({
      open: [OTHER],
      resolved: [PLACE, DATE],
    });
  });
});

describe('placeLabel', () => {
  it("is the text's phrase when there is one", () => {
    expect(placeLabel({ place: 'Rask', resolved_place: 'Rāsak', lat: 26.2 })).toBe('Rask');
  });
  it('is the place chosen in review when the text names none', () => {
    expect(placeLabel({ place: null, resolved_place: 'Quetta', lat: 30.2 })).toBe('Quetta');
  });
  it('is a point placed by hand, or no place', () => {
    expect(placeLabel({ place: null, resolved_place: null, lat: 30.2 })).toBe(
      'a point placed by hand',
    );
    expect(placeLabel({ place: null, resolved_place: null, lat: null })).toBe('no place');
  });
});
