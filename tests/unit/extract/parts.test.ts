// The extractor's small rules: event words, fatalities, actors, cross-border origin and titles.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/extract/actors.ts';
import { findCrossBorder } from '../../../src/core/extract/crossBorder.ts';
import { CATEGORY_RULES } from '../../../src/core/extract/categoryRules.ts';
import { findTriggers, nonEventReason } from '../../../src/core/extract/events.ts';
import { countValue, findFatalities } from '../../../src/core/extract/fatalities.ts';
import { writeTitle } from '../../../src/core/extract/titles.ts';
import type { PlaceMention } from '../../../src/core/extract/types.ts';
import { CATEGORIES } from '../../../src/core/types.ts';

const all = (t: string) => ({ start: 0, end: t.length });

describe('event words', () => {
  it('covers every category in the one table', () => {
    expect(new Set(CATEGORY_RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });
  it('ignores an event word after a modal, a negation or "to"', () => {
    for (const t of [
      'They will attack.',
      'Nobody was not killed.',
      'They vowed to release the men.',
      'There was no attack.',
    ]) {
      expect(
        findTriggers(t, all(t)).filter((x) => x.category !== 'statement'),
        t,
      ).toEqual([]);
    }
  });
  it('keeps an event word after "to" further back ("bus heading to Quetta, killing 5")', () => {
    const t = 'Gunmen fired on a bus heading to Quetta, killing 5.';
    expect(findTriggers(t, all(t)).map((x) => x.text)).toContain('killing');
  });
  it('ignores event words in quoted speech but not in short scare quotes', () => {
    const t =
      'He said, "They attacked us many times and kidnapped our men." Strikes hit “hideouts”.';
    expect(findTriggers(t, all(t)).map((x) => x.text)).toEqual(['said', 'Strikes']);
  });
  it('ignores the dateline', () => {
    const t = 'BLAST CITY - Police said.';
    expect(findTriggers(t, all(t), { start: 0, end: 13 }).map((x) => x.text)).toEqual(['said']);
  });
  it('says why a sentence is not an incident', () => {
    const r = (t: string, dated: boolean) =>
      nonEventReason(t, all(t), findTriggers(t, all(t)), dated);
    expect(r('Talks will be held in the near future.', true)).toBe('a plan or an expected event');
    expect(r('The group has conducted several bomb attacks.', false)).toBe(
      'a generality with no date',
    );
    expect(r('Did militants attack the post?', true)).toBe('a question');
    expect(r('The ministers met.', false)).toBe('a meeting, agreement or statement with no date');
    expect(r('Militants attacked the post.', false)).toBeNull();
  });
  it('"several others" and "many people" count victims; they make no generality', () => {
    // a sixteenth-try page's lead ("… have lost their lives and several others sustained
    // injuries in an explosion …") gave no draft at all
    const r = (t: string) => nonEventReason(t, all(t), findTriggers(t, all(t)), false);
    expect(
      r('Twelve people have lost their lives and several others sustained injuries in a blast.'),
    ).toBeNull();
    expect(r('Many people were killed when gunmen attacked the market.')).toBeNull();
    expect(r('Militants have attacked the post several times.')).toBe('a generality with no date');
  });
});

describe('fatalities', () => {
  const f = (t: string) => findFatalities(t, all(t));
  it.each([
    ['At least ten people, children and women, were killed in the strikes.', 10, 'At least ten'],
    ['Gunmen opened fire, killing 12 and wounding 20.', 12, 'killing 12'],
    ['Three soldiers were martyred near Mand.', 3, 'Three soldiers were martyred'],
    ['Twenty-one people died.', 21, 'Twenty-one people died'],
    ['The death toll rose to 1,200.', 1200, 'death toll rose to 1,200'],
  ])('%s → %d ("%s")', (t, n, phrase) => {
    expect(f(t)).toMatchObject({ count: n, phrase });
  });
  it('does not count the wounded', () => {
    expect(f('Two soldiers were injured.')).toBeNull();
    expect(f('The blast killed five and injured 7 others.')?.count).toBe(5);
  });
  it('states no count when the text gives none', () => {
    expect(f('A man was killed.')).toBeNull();
  });
  it('flags two counts of dead', () => {
    expect(f('Three soldiers were killed and two civilians died.')?.several).toBe(true);
  });
  it('turns number words into numbers and keeps bounds out of the value', () => {
    expect([
      countValue('at least ten'),
      countValue('forty-two'),
      countValue('a dozen'),
      countValue('more than 30'),
    ]).toEqual([10, 42, 12, 30]);
  });
});

describe('actors', () => {
  const mention = (text: string, start: number, role: PlaceMention['role']): PlaceMention => ({
    text,
    span: { start, end: start + text.length },
    role,
    resolved: null,
    candidates: [],
    reviews: [],
  });
  it('names groups and forces once, never places or news agencies', () => {
    const t =
      'Border guards were kidnapped by militant group Jeish al-Adl in Mirjaveh, IRNA reported, and Jaish al-Adl claimed it.';
    const out = findActors(t, all(t), [
      mention('Mirjaveh', t.indexOf('Mirjaveh'), 'place'),
      mention('IRNA', t.indexOf('IRNA'), 'organisation'),
    ]);
    expect(out).toEqual(['Border guards', 'Jeish al-Adl']);
  });
  it('counts a capital standing for its government as an actor', () => {
    const t = 'Tehran pounded two bases.';
    expect(findActors(t, all(t), [mention('Tehran', 0, 'government')])).toEqual(['Tehran']);
  });
});

describe('cross-border origin', () => {
  const cb = (t: string, country: string | null, category: 'attack' | 'release' = 'attack') =>
    findCrossBorder(t, all(t), category, country);
  it('"by Pakistan" in Iran', () => {
    expect(cb('Ten were killed in the air strikes by Pakistan in Saravan county.', 'IR')).toEqual({
      origin: 'PK',
      target: 'IR',
      origin_place: 'Pakistan',
    });
  });
  it('a capital as subject', () => {
    expect(cb('Tehran pounded two bases in Balochistan.', 'PK')).toEqual({
      origin: 'IR',
      target: 'PK',
      origin_place: 'Tehran',
    });
  });
  it('an adjective gives the country but no place', () => {
    expect(cb('Iranian drone strikes hit Panjgur.', 'PK')).toEqual({ origin: 'IR', target: 'PK' });
  });
  it('"Iranian border guards fired … into Panjgur" (a word between the adjective and the force)', () => {
    expect(cb('Iranian border guards fired mortar shells into Panjgur.', 'PK')).toEqual({
      origin: 'IR',
      target: 'PK',
    });
  });
  it('nothing for a domestic attack, an unknown place or another category', () => {
    expect(cb('Pakistani forces attacked militants in Kech.', 'PK')).toBeNull();
    expect(cb('Iranian border guards attacked militants in Saravan.', 'IR')).toBeNull();
    expect(cb('Strikes by Pakistan hit a village.', null)).toBeNull();
    expect(cb('Guards were handed over by Pakistan.', 'IR', 'release')).toBeNull();
  });
});

describe('titles', () => {
  it('writes noun, origin, place and a bounded toll', () => {
    expect(
      writeTitle({
        noun: 'Strike',
        place: 'Saravan county',
        origin: 'PK',
        fatalities: 10,
        fatalitiesPhrase: 'At least ten',
      }),
    ).toBe('Strike from Pakistan in Saravan county: at least 10 killed');
  });
  it('a place told by its distance needs no "in": "Attack 40 km south-west of Quetta"', () => {
    expect(writeTitle({ noun: 'Attack', place: '40 km south-west of Quetta' })).toBe(
      'Attack 40 km south-west of Quetta',
    );
  });
  it('leaves out what it does not know', () => {
    expect(writeTitle({ noun: 'Agreement', place: null })).toBe('Agreement');
  });
  it('stays short', () => {
    expect(writeTitle({ noun: 'Attack', place: 'x'.repeat(200) }).length).toBeLessThanOrEqual(90);
  });
});
