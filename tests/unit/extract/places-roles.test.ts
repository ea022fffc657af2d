// What a place name stands for: where the report was filed (dateline), a government (a capital
// or a country acting or speaking), an organisation, or a place.
import { describe, expect, it } from 'vitest';
import { codes, mentionOf, places } from './placeHelpers.ts';

describe('dateline', () => {
  it('the dateline city is where the report was filed, not the incident', () => {
    const text = 'QUETTA, March 3 (Reuters) - A bomb killed four people in Turbat on Sunday.';
    const at = text.indexOf('QUETTA');
    const r = places(text, text, {
      span: { start: 0, end: text.indexOf('-') + 1 },
      place: 'QUETTA',
      placeSpan: { start: at, end: at + 6 },
      date: null,
      dateSpan: null,
    });
    expect(mentionOf(r, 'QUETTA').role).toBe('dateline');
    expect(mentionOf(r, 'QUETTA').resolved?.name).toBe('Quetta');
    expect(r.event?.text).toBe('Turbat');
  });
});

describe('a capital standing for its government', () => {
  it.each([
    ['Islamabad said the strikes violated its sovereignty.', 'Islamabad'],
    ['Tehran warned of a strong response.', 'Tehran'],
    ['Kabul denied any involvement.', 'Kabul'],
    ['Tehran has also condemned the attack.', 'Tehran'],
  ])('%s', (text, name) => {
    const r = places(text);
    expect(mentionOf(r, name).role).toBe('government');
    expect(r.event).toBeNull();
  });
  it('"Tehran and Islamabad agreed": both are governments', () => {
    const r = places('On January 19, Tehran and Islamabad agreed to defuse the tensions,');
    expect(r.mentions.map((m) => m.role)).toEqual(['government', 'government']);
    expect(r.event).toBeNull();
  });
  it('"relations between Tehran and Islamabad": both are governments', () => {
    const r = places('Relations between Tehran and Islamabad have improved.');
    expect(r.mentions.map((m) => m.role)).toEqual(['government', 'government']);
  });
  it('"the rising tension between Tehran and Washington": Tehran is the government', () => {
    const r = places(
      'The two met in Islamabad to discuss the rising tension between Tehran and Washington.',
    );
    expect(mentionOf(r, 'Tehran').role).toBe('government');
    expect(r.event?.text).toBe('Islamabad');
    expect(codes(r)).toEqual([]);
  });
  it('a possessive with a government noun ("Tehran\'s envoy") is the government', () => {
    expect(mentionOf(places("Tehran's envoy left the meeting."), 'Tehran').role).toBe('government');
  });
  it('"Tehran\'s missiles struck … in Panjgur": the capital fired them, the place is where they hit', () => {
    const r = places("Tehran's missiles struck a village in Panjgur on Tuesday night.");
    expect(mentionOf(r, 'Tehran').role).toBe('government');
    expect(r.event?.text).toBe('Panjgur');
  });
  it('a possessive capital before a place noun is still the city ("Tehran\'s Evin prison")', () => {
    const r = places("A fire broke out in Tehran's Evin prison on Saturday.");
    expect(r.event?.resolved?.name).toBe('Tehran');
  });
  it('"strikes by Pakistan": the country is the actor, not the place', () => {
    const r = places('Seven people died in strikes by Pakistan in Saravan county.');
    expect(mentionOf(r, 'Pakistan').role).toBe('government');
    expect(r.event?.text).toBe('Saravan county');
  });
  it('"in Islamabad" is a place even before a verb', () => {
    const r = places('Talks in Islamabad ended on Monday.');
    expect(mentionOf(r, 'Islamabad').role).toBe('place');
    expect(r.event?.text).toBe('Islamabad');
  });
  it('"Tehran pounded … in Balochistan": the strike is in Balochistan', () => {
    const r = places(
      "Tehran pounded two bases of the anti-Tehran group in Pakistan's province of Balochistan.",
    );
    expect(mentionOf(r, 'Tehran').role).toBe('government');
    expect(r.event?.resolved?.name).toBe('Balochistan');
  });
  it('a name inside a compound adjective ("anti-Tehran", "Quetta-based") is no place', () => {
    const r = places('The anti-Tehran group and a Quetta-based analyst spoke.');
    expect(r.mentions).toEqual([]);
  });
});

describe('organisations are never places', () => {
  it.each([
    ['IRNA reported the attack in Zahedan.', 'IRNA'],
    ['Tasnim said guards died in Mirjaveh.', 'Tasnim'],
    ['The ISPR said soldiers were killed in Kech.', 'ISPR'],
    [
      'Inter-Services Public Relations said soldiers were killed in Kech.',
      'Inter-Services Public Relations',
    ],
    ['Jaish al-Adl claimed the attack in Rask.', 'Jaish al-Adl'],
    ['Jaish ul-Adl claimed the attack in Rask.', 'Jaish ul-Adl'],
    ['The TTP claimed the blast in Bannu.', 'TTP'],
    [
      'The Balochistan Liberation Army claimed the attack in Turbat.',
      'Balochistan Liberation Army',
    ],
    ['Islamic State Khorasan claimed the bombing in Peshawar.', 'Islamic State Khorasan'],
    ['AFP reported clashes in Chaman.', 'AFP'],
    // a sweep of organisations named after a town: the Taliban's council and a bank with branches
    // across Afghanistan (one in Lashkar Gah was bombed) had each been proposed at the town
    ['Militants of the Quetta Shura attacked a checkpoint in Chaman.', 'Quetta Shura'],
    ['A suicide bomber struck the Kabul Bank branch in Lashkar Gah.', 'Kabul Bank'],
  ])('%s', (text, name) => {
    const r = places(text);
    expect(mentionOf(r, name).role).toBe('organisation');
    expect(r.event?.role).toBe('place');
    expect(r.event?.text).not.toBe(name);
  });
  it("a place inside an organisation's name is not read as the province", () => {
    const r = places('The Balochistan Liberation Army issued a statement.');
    expect(r.mentions.map((m) => m.role)).toEqual(['organisation']);
  });
});

describe('a dateline the dateline reader missed', () => {
  it('a name in capitals opening the article, before a comma, is where the report was filed', () => {
    const text = 'QUETTA, Sept 15, 2025: A bomb destroyed a vehicle in Turbat.';
    const r = places(text);
    expect(mentionOf(r, 'QUETTA').role).toBe('dateline');
    expect(r.event?.text).toBe('Turbat');
  });
  it('the same name in capitals elsewhere is a place', () => {
    const r = places('Officials said: A bomb went off in QUETTA, killing two.');
    expect(mentionOf(r, 'QUETTA').role).toBe('place');
  });
});
