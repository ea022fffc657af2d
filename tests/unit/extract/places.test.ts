// The place reader: finding place phrases (multi-word names, diacritics, possessives, hyphens),
// their spans, districts and crossings.
import { describe, expect, it } from 'vitest';
import { codes, mentionOf, places } from './placeHelpers.ts';

describe('finding place phrases', () => {
  it('a single-word town', () => {
    const r = places('Gunmen killed two guards in Saravan on Sunday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Sarāvān', country: 'IR', precision: 'town' });
  });
  it('a hyphenated province name ("Sistan-Baluchestan")', () => {
    const r = places('The attack happened in Sistan-Baluchestan.');
    expect(mentionOf(r, 'Sistan-Baluchestan').resolved).toMatchObject({
      name: 'Sistan and Baluchestan',
      precision: 'province',
    });
  });
  it('a three-word town ("Dera Ismail Khan")', () => {
    const r = places('A blast in Dera Ismail Khan wounded five.');
    expect(r.event?.text).toBe('Dera Ismail Khan');
    expect(r.event?.resolved).toMatchObject({ country: 'PK', precision: 'town' });
  });
  it('a name written with diacritics ("Sarāvān")', () => {
    expect(places('Protests were reported in Sarāvān.').event?.resolved?.name).toBe('Sarāvān');
  });
  it('a possessive ("Pakistan\'s Balochistan") is cut before the apostrophe', () => {
    const text = "Strikes hit Pakistan's Balochistan province.";
    const r = places(text);
    expect(r.mentions.map((m) => m.text)).toEqual(['Pakistan', 'Balochistan province']);
    expect(r.event?.resolved).toMatchObject({ name: 'Balochistan', country: 'PK' });
  });
  it('"X county" resolves to the curated county, placed at its seat with a county radius', () => {
    // a county with no published area curated (Saravan now has one)
    const r = places('Ten people were killed in Nikshahr county.');
    expect(r.event?.resolved).toMatchObject({
      name: 'Nikshahr County',
      precision: 'county',
      uncertainty_km: 50,
      lat: 26.2258,
    });
    expect(r.event?.resolved?.source).toMatch(/GeoNames ADM2/);
  });
  it('a district named bare when no town has its name ("Kech")', () => {
    const r = places('Security forces raided a hideout in Kech.');
    expect(r.event?.resolved).toMatchObject({ name: 'Kech District', country: 'PK' });
  });
  it('an official crossing by its name ("Taftan-Mirjaveh")', () => {
    const r = places('Trade resumed at the Taftan-Mirjaveh crossing.');
    expect(r.event?.resolved).toMatchObject({
      name: 'Taftan–Mirjaveh crossing',
      precision: 'point',
    });
    expect(r.event?.resolved?.source).toMatch(/curated crossing: https:\/\//);
  });
  it('"X border crossing" where X is a crossing town is the crossing', () => {
    const r = places('Trucks queued at the Islam Qala border crossing.');
    expect(r.event?.text).toBe('Islam Qala border crossing');
    expect(r.event?.resolved?.name).toBe('Islam Qala–Dogharoun crossing');
  });
  it('"the Iran–Pakistan border" is a border-level place along that line', () => {
    const r = places('Clashes broke out on the Iran–Pakistan border.');
    expect(r.event?.text).toBe('the Iran–Pakistan border');
    expect(r.event?.resolved).toMatchObject({ precision: 'border', border_line: 'IR-PK' });
    expect(codes(r)).toContain('coarse_place');
  });
  it('"the border between Iran and Afghanistan" is the Afghanistan–Iran line', () => {
    const r = places('Guards exchanged fire on the border between Iran and Afghanistan.');
    expect(r.event?.resolved?.border_line).toBe('AF-IR');
  });
});

describe('spans', () => {
  const text =
    "QUETTA, Jan 3 — Gunmen attacked a post near Panjgur and fled towards Pakistan's border with Iran, the ISPR said; Kalag village, Kech district, was searched.";
  const r = places(text);
  it('every mention text is the article text at its UTF-16 span', () => {
    expect(r.mentions.length).toBeGreaterThan(3);
    for (const m of r.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
  it('spans index the whole article, not the sentence', () => {
    const article = `First sentence about Quetta. Then a blast hit Zahedan.`;
    const m = places(article, 'Then a blast hit Zahedan.').event;
    expect(m && article.slice(m.span.start, m.span.end)).toBe('Zahedan');
    expect(m?.span.start).toBe(article.indexOf('Zahedan'));
  });
  it('spans count UTF-16 code units after astral characters', () => {
    const article = '🔥🔥 Fire in Zahedan.';
    const m = places(article).event;
    expect(m?.span.start).toBe(article.indexOf('Zahedan'));
    expect(m?.text).toBe('Zahedan');
  });
});

describe('the Afghanistan–Pakistan crossings', () => {
  it('"the Chaman-Spin Boldak crossing" is the curated crossing, "crossing" included', () => {
    const r = places('Shelling around the Chaman-Spin Boldak crossing killed four civilians.');
    expect(r.event?.text).toBe('Chaman-Spin Boldak crossing');
    expect(r.event?.resolved).toMatchObject({
      name: 'Chaman–Spin Boldak crossing',
      precision: 'point',
    });
  });
});
