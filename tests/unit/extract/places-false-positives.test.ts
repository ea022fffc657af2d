// Ordinary English must never become a place: months and weekdays, English words that are also
// place names (they need "in", "near", "district" … to count), very short names, typos of
// English words, streets named after towns, demonyms.
import { describe, expect, it } from 'vitest';
import { gazetteer } from './placeHelpers.ts';
import { places } from './placeHelpers.ts';

const ORDINARY = [
  'May the talks succeed, Most officials said.',
  'Most people in May stayed home.',
  'Bar owners and Gul, a shopkeeper, were questioned.',
  'Mand said nothing.',
  'Dir. Ahmed Khan signed the order.',
  'Band members played on Saturday.',
  'Rest assured, the Minister said.',
  'Yes, the March deadline stands.',
  'The Titan crane and a Washer were shipped.',
  'Shot in the arm, he recovered.',
  'Police sealed off Lahore Road after the blast.',
  'Pakistani and Iranian officials met Afghan elders.',
  'Banana prices rose, Bandar traders said.',
  'Sunni and Shia clerics condemned the killing.',
  'President and Prime Minister attended.',
];

describe('no place in ordinary English', () => {
  it.each(ORDINARY)('%s', (text) => {
    const r = places(text);
    expect(r.mentions.filter((m) => m.role === 'place')).toEqual([]);
  });
  it('a month after "in" is never a place ("in March")', () => {
    expect(places('Talks resumed in March.').mentions).toEqual([]);
  });
  it('a place name that is an English word counts after "in" ("in Band")', () => {
    expect(gazetteer.englishNames).toContain('band');
    const r = places('Gunmen attacked a post in Band.');
    expect(r.event?.resolved).toMatchObject({ name: 'Band', country: 'IR' });
  });
  it('the same word without a place cue is not a place', () => {
    expect(places('Band leaders met the governor.').mentions).toEqual([]);
  });
  it('a short name needs a cue: "Dir" alone is nothing, "in Upper Dir" is the town', () => {
    expect(places('Dir: Ahmed Khan.').mentions).toEqual([]);
    expect(places('A blast hit a market in Upper Dir.').event?.resolved?.country).toBe('PK');
  });
  it('English words one edit from a place name are blocked from typo matching', () => {
    expect(gazetteer.typoBlocked).toContain('banana');
    expect(places('Banana growers in Sindh protested.').mentions.map((m) => m.text)).toEqual([
      'Sindh',
    ]);
  });
  it('the English lists are small enough to ship (under 1,000 words each)', () => {
    expect(gazetteer.englishNames.length).toBeLessThan(1000);
    expect(gazetteer.typoBlocked.length).toBeLessThan(1000);
  });
});

describe('people are not places', () => {
  it('a first name that is a town, before a surname ("Bahram Qasemi")', () => {
    expect(places('Bahram Qasemi, in an interview, said so.').mentions).toEqual([]);
  });
  it('a name after a title ("President Bahram")', () => {
    expect(places('They met President Bahram yesterday.').mentions).toEqual([]);
  });
  it('a surname one edit from a town is no typo without a place cue ("Jilani", "Jiwani")', () => {
    expect(places('Jilani, for his part, said so.').mentions).toEqual([]);
  });
});
