// A sentence or clause that names no place takes the one the text before it settles: words that
// point back ("there", "in the town") within the paragraph, or a clause whose own sentence named
// the place. Never across a paragraph, never when several places are in play, never for a
// sentence that says it tells of another event. Invented sentences.
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, places } from './placeHelpers.ts';

describe('words that point back carry the one place before them', () => {
  it('"in the town" takes the town the paragraph named, with the span it came from', () => {
    const text =
      'A policeman was shot dead in Turbat on Monday. Two days later a shop was burnt in the town.';
    const r = places(text, 'Two days later a shop was burnt in the town.');
    expect(r.event?.resolved?.name).toBe('Turbat');
    expect(r.event?.carried).toBe(true);
    expect(text.slice(r.event?.span.start, r.event?.span.end)).toBe('Turbat');
    expect(codes(r)).not.toContain('no_place');
  });
  it('"there" carries the place of the sentence before', () => {
    const text =
      'Guards closed the Taftan border crossing on Friday. Smugglers fired on them there.';
    const r = places(text, 'Smugglers fired on them there.');
    expect(r.event?.resolved?.name).toBe('Taftan–Mirjaveh crossing');
  });
  it('existential "there" does not point back', () => {
    const text = 'Guards closed the Taftan border crossing on Friday. There were no casualties.';
    expect(places(text, 'There were no casualties.').event).toBeNull();
  });
  it('a province framing the town does not make two places', () => {
    const text =
      'Gunmen attacked a post in Saravan in Sistan-Baluchestan province. Two guards died there.';
    expect(places(text, 'Two guards died there.').event?.resolved?.name).toBe('Sarāvān');
  });
  it('"the town" skips a district and takes the town', () => {
    const text = 'A bomb hit Turbat in Kech district on Sunday. Shops closed in the town.';
    expect(places(text, 'Shops closed in the town.').event?.resolved?.name).toBe('Turbat');
  });
});

describe('a clause takes the place its own sentence named', () => {
  it('"… in Turbat, and gunmen shot dead six labourers" (a clause, no anaphor)', () => {
    const text =
      'On May 3 a policeman was killed in Turbat, and on May 1 gunmen shot dead six labourers.';
    const r = places(text, 'on May 1 gunmen shot dead six labourers.');
    expect(r.event?.resolved?.name).toBe('Turbat');
  });
  it('a sentence of its own without words pointing back takes nothing', () => {
    const text = 'A bomb hit a patrol in Turbat on Sunday. A brief exchange of fire followed.';
    expect(places(text, 'A brief exchange of fire followed.').event).toBeNull();
  });
});

describe('what stops a carry', () => {
  it('several places in play: no place, and the reason names them', () => {
    const text = 'Bombs went off in Turbat and in Panjgur on Sunday. A shop burnt in the town.';
    const r = places(text, 'A shop burnt in the town.');
    expect(r.event).toBeNull();
    expect(r.reviews.find((x) => x.code === 'no_place')?.message).toMatch(/'Turbat'.*'Panjgur'/);
  });
  it('a new paragraph does not take the place of the one before', () => {
    const text = 'A bomb hit a patrol in Turbat on Sunday.\nShops closed in the town on Monday.';
    expect(places(text, 'Shops closed in the town on Monday.').event).toBeNull();
  });
  it('"In another attack" tells of something else', () => {
    const text = 'A bomb hit a patrol in Turbat on Sunday. In another attack, gunmen fired there.';
    expect(places(text, 'In another attack, gunmen fired there.').event).toBeNull();
  });
  it('"from there" is where they came from, not where it happened', () => {
    const text = 'Militants gathered in Chaman on Sunday. They crossed the border from there.';
    expect(places(text, 'They crossed the border from there.').event).toBeNull();
  });
  it('where people were going is not carried', () => {
    const text =
      'A bus travelling to Quetta was stopped on Sunday. Gunmen killed ten passengers there.';
    expect(places(text, 'Gunmen killed ten passengers there.').event).toBeNull();
  });
  it('where an attack came from is not carried', () => {
    const text = 'Militants fired from Afghanistan on a post on Sunday. Two soldiers died there.';
    expect(places(text, 'Two soldiers died there.').event).toBeNull();
  });
});

describe('a misspelling read as a namesake outside the division the text names', () => {
  it('"Kalagan in Sarawan county" falls back to Saravan County, not an Afghan namesake', () => {
    const r = places('Guards fired on migrants at Kalagan in Sarawan county on Sunday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Saravan County', country: 'IR' });
    expect(codes(r)).toContain('fallback_admin');
    expect(codes(r)).not.toContain('typo_match');
  });
});

describe('a misspelling before "of Afghanistan\'s Paktika province"', () => {
  it('"Barmal district" is not Zurmat (Paktia): Paktika, flagged', () => {
    const r = places(
      "Jets bombed villages in Barmal district of Afghanistan's Paktika province on Tuesday.",
    );
    expect(r.event?.resolved).toMatchObject({ name: 'Paktika', precision: 'province' });
    expect(codes(r)).toContain('fallback_admin');
    expect(r.mentions.map((m) => m.resolved?.name)).not.toContain('Zurmat');
  });
});

describe('a carried place in a proposal', () => {
  it('is settled, and its place span points at the phrase it came from', () => {
    const text =
      'On June 3, a policeman was killed in an attack on a police station in Turbat, and on June 1 gunmen shot dead six labourers in the town.';
    const list = extractIncidents(
      text,
      { published: '2023-06-05', articleId: 'carry' },
      nodeReaders(),
    );
    const p = list.find((x) => x.excerpt.includes('six labourers'));
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat', date: '2023-06-01' });
    expect(text.slice(p?.place_span?.start, p?.place_span?.end)).toBe('Turbat');
  });
});
