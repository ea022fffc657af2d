// A name with namesakes in several countries, resolved in a country the article names nowhere
// else, is a possible wrong namesake: it needs review.
import { describe, expect, it } from 'vitest';
import { unsupported, type CountrySupport } from '../../../src/core/extract/placeSupport.ts';
import { codes, places } from './placeHelpers.ts';

const support = (o: Record<string, string[]>): CountrySupport =>
  new Map(Object.entries(o).map(([c, keys]) => [c, new Set(keys)]));

describe('unsupported', () => {
  it('a country shown only by the name itself, beside another country, is unsupported', () => {
    expect(unsupported(support({ PK: ['quetta'], AF: ['gereshk'] }), 'AF', 'gereshk')).toBe(true);
  });
  it('a country shown by another name too is supported', () => {
    expect(
      unsupported(support({ PK: ['quetta'], AF: ['gereshk', 'adj:AF'] }), 'AF', 'gereshk'),
    ).toBe(false);
  });
  it('an article that speaks of one country only has nothing to contradict it', () => {
    expect(unsupported(support({ AF: ['gereshk'] }), 'AF', 'gereshk')).toBe(false);
  });
});

describe('through the place reader', () => {
  it('"Iranian guards … in Pishin" (a Pakistani district, an Iranian village) needs review', () => {
    const text = 'Iranian border guards were attacked in Pishin, officials in Zahedan said.';
    const r = places(text);
    expect(r.event?.resolved?.country).toBe('PK');
    expect(r.reviews.find((x) => x.code === 'ambiguous_place')?.message).toMatch(/namesake/);
  });
  it('"Pakistani police … in Pishin" is supported by the adjective', () => {
    const text = 'Pakistani police were attacked in Pishin, officials in Quetta said.';
    expect(codes(places(text))).not.toContain('ambiguous_place');
  });
  it('a name with no namesake abroad is never flagged ("Gereshk")', () => {
    const text = 'Pakistani troops raided a compound in Gereshk, officials in Quetta said.';
    expect(codes(places(text))).not.toContain('ambiguous_place');
  });
});
