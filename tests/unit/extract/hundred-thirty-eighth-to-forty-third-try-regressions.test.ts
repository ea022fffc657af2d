// Regressions from the hundred-and-thirty-eighth to hundred-and-forty-third real-page tries (and
// spellings earlier tries met), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { addSplitSpellings } from '../../../src/core/extract/joinedNames.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a name written as two words (try 134)', () => {
  it('"Daulat Abad district of Balkh" is the Dawlatabad district of Balkh', () => {
    const [p] = run(
      'Eleven people were killed when a roadside bomb hit a vehicle in Daulat Abad district of Balkh province on Sunday.',
    );
    expect(p?.resolved_place).toBe('Dawlatabad District (Balkh)');
  });
  it('"Dawlatabad district of Faryab" is the Faryab one', () => {
    const [p] = run(
      'Eleven people were killed when a roadside bomb hit a vehicle in Dawlatabad district of Faryab province on Sunday.',
    );
    expect(p?.resolved_place).toBe('Dawlatabad District (Faryab)');
  });
  it('splits only the endings news write apart, and keeps a key of its own', () => {
    const keys = addSplitSpellings(
      new Map([
        ['dawlatabad', 1],
        ['iranshahr', 2],
        ['islamabad', 3],
        ['islam abad', 4],
        ['quetta', 5],
      ]),
    );
    expect(keys.get('dawlat abad')).toBe(1);
    expect(keys.get('iran shahr')).toBe(2);
    expect(keys.get('islam abad')).toBe(4);
    expect(keys.size).toBe(7);
  });
});

describe('spellings (try 133)', () => {
  it('"Kalachi" is Kulachi of Dera Ismail Khan', () => {
    const [p] = run('Two policemen were shot dead in Kalachi on Sunday, police said.');
    expect(p).toMatchObject({ resolved_place: 'Kulachi', status: 'proposed' });
  });
});

describe('the dateline offered when the sentence names no place', () => {
  it('"QUETTA:" before a sentence naming no place offers Quetta, for review', () => {
    const [p] = run(
      'QUETTA: Two people were killed on Sunday when a bomb exploded near a vegetable market, police said.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: null, lat: null });
    expect(p?.candidates.map((c) => c.name)).toEqual(['Quetta']);
    expect(p?.reasons.find((r) => r.code === 'no_place')?.message).toContain('filed from Quetta');
  });
  it('control: a sentence naming its place keeps it and is offered nothing', () => {
    const [p] = run(
      'QUETTA: Two people were killed on Sunday when a bomb exploded in Turbat, police said.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat', candidates: [] });
  });
  it('control: with no dateline nothing is offered', () => {
    const [p] = run(
      'Two people were killed on Sunday when a bomb exploded near a vegetable market, police said.',
    );
    expect(p).toMatchObject({ resolved_place: null, candidates: [] });
  });
});

describe('the dateline offered only for a fresh incident', () => {
  it('control: an incident a year before the report is offered nothing', () => {
    const [p] = run(
      'QUETTA: Last year, on August 22, dacoits attacked a police convoy, martyring 12 policemen.',
    );
    expect(p).toMatchObject({ date: '2018-08-22', resolved_place: null, candidates: [] });
  });
});

describe('an unknown name before a town and a comma (try 138)', () => {
  it('"in Surbandar, Gwadar" is near Gwadar, for review', () => {
    const [p] = run(
      'Seven workers were killed on Sunday in Surbandar, Gwadar when gunmen opened fire on them.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Gwadar' });
    expect(p?.uncertainty_km).toBeGreaterThanOrEqual(25);
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: "in Gwadar, Balochistan" is Gwadar', () => {
    const [p] = run('Seven workers were killed on Sunday in Gwadar, Balochistan, police said.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Gwadar' });
  });
});

describe('incident words (try 140)', () => {
  it('"were seized by gunmen" is an abduction', () => {
    const [p] = run(
      'The deminers and their four vehicles were seized by gunmen in Kohsan district on Sunday evening.',
    );
    expect(p?.category).toBe('abduction');
  });
  it('control: weapons "seized by police" are no incident', () => {
    expect(run('Weapons were seized by police in Quetta on Sunday.')).toEqual([]);
  });
});

describe('a sentence counting the incident told (try 142)', () => {
  const lead =
    'Two NATO helicopters attacked Teri Mangal village in Kurram on Sunday, killing three soldiers, an official said.';
  it('"Sunday\'s attack would be the fourth cross-border raid …, which comes just as … strikes in North Waziristan" is no new incident', () => {
    const found = run(
      `${lead}\n\nSunday's attack, if confirmed, would be the fourth cross-border raid in recent days, which comes just as the United States steps up strikes by drone aircraft in Pakistan's North Waziristan.`,
    );
    expect(found.filter((p) => p.status === 'proposed').map((p) => p.resolved_place)).toEqual([
      'Teri Mangal',
    ]);
  });
  it('control: "The second attack took place in Quetta on Sunday" tells its own', () => {
    const [p] = run('The second attack took place in Quetta on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Quetta' });
  });
  it('control: an attack told with what it "comes just as" keeps its place', () => {
    const [p] = run(
      'Militants attacked a post in Miranshah on Sunday, which comes just as the United States steps up strikes by drones in North Waziristan.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Miran Shah' });
  });
});

describe('an office named with "of" before its seat (try 143)', () => {
  it('"District Police Officer (DPO) of Dera Ghazi Khan" is the source, not the scene', () => {
    const [p] = run(
      'District Police Officer (DPO) of Dera Ghazi Khan Syed Ali Kazmi said that terrorists launched rockets at a police check-post on Sunday night.',
    );
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('where the report');
  });
});

describe('districts and spellings (tries 138, 141, 142)', () => {
  it('"the Nasirabad district" is the Balochistan district, not the Sindh town', () => {
    const [p] = run(
      'Two landmine blasts hit the Chattar area of the Nasirabad district on Sunday.',
    );
    expect(p?.resolved_place).toBe('Nasirabad District');
  });
  it('"Jaffarabad district" is the district at Dera Allahyar', () => {
    const [p] = run('A landmine exploded in a village of Jaffarabad district on Sunday.');
    expect(p).toMatchObject({ resolved_place: 'Jaffarabad District', lat: 28.3735 });
  });
  it('"Shno" is Oshnavieh', () => {
    const [p] = run('Two soldiers were killed in clashes in the Shno area on Sunday.');
    expect(p?.resolved_place).toBe('Oshnavīyeh');
  });
  it('"Piranshar" is Piranshahr, no longer a typo to review', () => {
    const [p] = run('Two soldiers were killed in clashes in Piranshar on Sunday.');
    expect(p).toMatchObject({ resolved_place: 'Piranshahr', status: 'proposed' });
  });
  it('"the Gulistan district of Farah", of published area, is placed without review', () => {
    const [p] = run(
      'Taliban fighters attacked a checkpoint in Gulistan district of Farah on Sunday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Gulistan District', status: 'proposed' });
  });
});

describe("a sentence opening on the day's incident (try 141)", () => {
  it('"Sunday’s clashes happened in Saqqez" tells its own date and place', () => {
    const [p] = run('Sunday’s clashes happened in Saqqez, the rebel group said on its website.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Saqqez', date: '2019-08-18' });
  });
  it('"in an area called Kota Rash in Saghez" is near Saqqez, for review', () => {
    const [p] = run(
      'Clashes broke out on Sunday when a team of fighters was on patrol in an area called Kota Rash in Saghez, Kurdistan province.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Saqqez' });
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
});

describe('a plural of capitals is no place (try 139)', () => {
  it('"at an IDPs camp in Kohat" is Kohat', () => {
    const [p] = run(
      'Forty people were killed on Sunday in a blast at an IDPs camp in Kohat, police said.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Kohat' });
  });
});

describe('a road between namesakes (try 141)', () => {
  it('"the Mahabad-Sardasht highway" runs to the Sardasht near Mahabad', () => {
    const [p] = run(
      'Four people were killed when gunmen fired a rocket at a vehicle on the Mahabad-Sardasht highway on Sunday.',
    );
    expect(p).toMatchObject({ resolved_place: 'road between Mahābād and Sardasht' });
    expect(p?.lat).toBeGreaterThan(36);
    expect(p?.uncertainty_km).toBeLessThan(100);
  });
});

describe('a city sector named by a code (try 143)', () => {
  it('"in I-10 Sector of Islamabad" is Islamabad', () => {
    const [p] = run('A suicide bomber blew himself up in I-10 Sector of Islamabad on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Islamabad' });
  });
  it('"in Islamabad\'s G-9 sector" is Islamabad', () => {
    const [p] = run("A policeman was shot dead in Islamabad's G-9 sector on Sunday.");
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Islamabad' });
  });
  it('control: "the Kalag area of Islamabad" is still a place the gazetteer lacks', () => {
    const [p] = run('A policeman was shot dead in the Kalag area of Islamabad on Sunday.');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
});

describe('a district of Gilgit-Baltistan (try 143)', () => {
  it('"in the remote valley of Ghizer" is Ghizer District, not the whole province', () => {
    const [p] = run('Two people were killed on Sunday in firing in the remote valley of Ghizer.');
    expect(p?.resolved_place).toBe('Ghizer District');
  });
});

describe("a town within the lead's district (try 139)", () => {
  const lead =
    'Two policemen were martyred in an attack on a check post near Shangla on late Sunday night, police said.';
  it('"The attack took place in Chakesar, a town … of the Shangla District" is Chakesar', () => {
    const [p] = run(
      `${lead}\n\nThe attack took place in Chakesar, a town and tehsil of the Shangla District.`,
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Chakesar' });
  });
  it('control: a town far outside it still leaves both to review', () => {
    const [p] = run(`${lead}\n\nThe attack took place in Peshawar.`);
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
});

describe('a quarter of a city before the city and a comma (tries 106 and 116)', () => {
  it('control: "in Hazara Town, Quetta" is Quetta', () => {
    const [p] = run(
      'Five people were killed in an explosion that took place in Hazara Town, Quetta on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Quetta' });
  });
});

describe('a placeless lead before a roundup of the day (try 143)', () => {
  it('"Four policemen were killed … on Sunday" stays an incident before "a new wave of violence … in Quetta"', () => {
    const found = run(
      'KARACHI: Four policemen were killed when gunmen opened fire in Site area on Sunday, police said.\n\nPakistan witnessed a new wave of violence on Sunday when suicide attacks killed 12 people in Quetta and at least 25 in the northwest.',
    );
    const lead = found.find((p) => p.excerpt.startsWith('Four policemen'));
    expect(lead?.candidates.map((c) => c.name)).toEqual(['Karachi']);
  });
});
