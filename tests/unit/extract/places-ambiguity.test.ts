// Resolving names: a country or province the sentence or the article names narrows namesakes
// first; what stays ambiguous, misspelt, coarse, missing or competing is flagged for review; the
// event and the origin of a cross-border action are picked among the mentions.
import { describe, expect, it } from 'vitest';
import { codes, mentionOf, places } from './placeHelpers.ts';

describe('narrowing namesakes across the border', () => {
  it('Pishin alone is the bigger Pakistani district town, with the Iranian one as candidate', () => {
    const r = places('Police said the attack took place in Pishin.');
    expect(r.event?.resolved?.country).toBe('PK');
    expect(r.event?.candidates.map((c) => c.country)).toContain('IR');
  });
  it('a province named in the sentence narrows first: Pishin in Sistan-Baluchestan is Iranian', () => {
    const r = places('Guards clashed with smugglers in Pishin in Sistan-Baluchestan.');
    expect(mentionOf(r, 'Pishin').resolved).toMatchObject({ country: 'IR', lat: 26.0794 });
  });
  it('a country named elsewhere in the article narrows too', () => {
    const text = 'Iran said its guards were attacked. The clash took place in Pishin.';
    const r = places(text, 'The clash took place in Pishin.');
    expect(r.event?.resolved?.country).toBe('IR');
  });
  it('the sentence wins over the article', () => {
    const text = 'Iran said its guards were attacked. A school in Pishin, Pakistan, closed.';
    const r = places(text, 'A school in Pishin, Pakistan, closed.');
    expect(mentionOf(r, 'Pishin').resolved?.country).toBe('PK');
  });
  it('Khash with Afghanistan named is the Afghan town in Nimroz', () => {
    const r = places('In Afghanistan, gunmen attacked a market in Khash.');
    expect(mentionOf(r, 'Khash').resolved).toMatchObject({ country: 'AF', admin1: 'Nimruz' });
  });
});

describe('ambiguous names', () => {
  it('alike namesakes are ambiguous_place, unresolved, with every candidate', () => {
    const r = places('Witnesses said the fighting reached Sarzeh.');
    expect(r.event?.resolved).toBeNull();
    expect(r.event?.candidates.map((c) => c.admin1).sort()).toEqual([
      'Hormozgan',
      'Sistan and Baluchestan',
    ]);
    expect(codes(r)).toContain('ambiguous_place');
  });
  it('the province named in the sentence settles them', () => {
    const r = places('Fighting reached Sarzeh in Sistan and Baluchestan.');
    expect(mentionOf(r, 'Sarzeh').resolved?.admin1).toBe('Sistan and Baluchestan');
    expect(codes(r)).not.toContain('ambiguous_place');
  });
});

describe('spelling variants and typos', () => {
  it('a one-letter typo of a 6+ letter name matches, flagged typo_match', () => {
    const r = places('A bomb exploded in Zahedaan on Friday.');
    expect(r.event?.resolved?.name).toBe('Zahedan');
    expect(codes(r)).toContain('typo_match');
    expect(r.reviews.find((x) => x.code === 'typo_match')?.message).toMatch(/'Zahedaan'.*Zahedan/);
  });
  it('two swapped letters are one edit ("Pnajgur")', () => {
    expect(places('Gunmen fired on a bus in Pnajgur.').event?.resolved?.name).toBe('Panjgur');
  });
  it('names shorter than 6 letters never match by typo ("Turbut" is 6, "Tubat" is not)', () => {
    expect(places('Shots were fired in Tubat.').event).toBeNull();
  });
  it('a typo stays among the countries the article is about', () => {
    const text = 'Troops searched Kalagan Kaur village, Kech district.';
    const r = places(text);
    expect(r.mentions.map((m) => m.text)).toEqual(['Kalagan Kaur village, Kech district']);
  });
  it('a curated news spelling is no typo ("Sarawan")', () => {
    const r = places('Clashes were reported in Sarawan.');
    expect(r.event?.resolved?.name).toBe('Sarāvān');
    expect(codes(r)).toEqual([]);
  });
});

describe('coarse, missing and competing places', () => {
  it('only a country: coarse_place', () => {
    const r = places('The guards were handed over to Iran.');
    expect(r.event?.resolved?.precision).toBe('country');
    expect(codes(r)).toEqual(['coarse_place']);
  });
  it('no place at all: no_place', () => {
    const r = places('The talks continue and some promises have been made.');
    expect(r.event).toBeNull();
    expect(codes(r)).toEqual(['no_place']);
  });
  it('two unrelated towns: several_places, the finest first one proposed', () => {
    const r = places('Blasts hit Quetta and Zahedan on the same day.');
    expect(r.event?.text).toBe('Quetta');
    expect(codes(r)).toEqual(['several_places']);
  });
  it('a town inside the province and country named with it is no competition', () => {
    const r = places(
      'Ten people were killed in Saravan county in the province of Sistan and Baluchestan, Iran.',
    );
    expect(r.event?.text).toBe('Saravan county');
    expect(codes(r)).toEqual([]);
  });
});

describe('event and origin', () => {
  it('"missiles fired from X into Y": X is the origin, Y the event', () => {
    const r = places('Missiles fired from Afghanistan hit Kurram district.');
    expect(r.origin?.text).toBe('Afghanistan');
    expect(r.event?.text).toBe('Kurram district');
  });
  it('"militants who crossed from Pakistan attacked a post in Saravan"', () => {
    const r = places('Militants who crossed from Pakistan attacked a post in Saravan.');
    expect(r.origin?.resolved?.country).toBe('PK');
    expect(r.event?.resolved?.name).toBe('Sarāvān');
  });
  it('"from" without an action names no origin', () => {
    const r = places('A delegation from Quetta visited Zahedan.');
    expect(r.origin).toBeNull();
  });
});

describe('destinations do not compete with the place of the event', () => {
  it('"kidnapped at … in Mirjaveh … and were transferred to Pakistan": Mirjaveh, no review', () => {
    const r = places(
      'Guards were kidnapped at the border crossing point in Mirjaveh and were transferred to Pakistan.',
    );
    expect(r.event?.resolved?.name).toBe('Mīrjāveh');
    expect(codes(r)).toEqual([]);
  });
  it('"Iran-Pakistan borders" (plural) is the border line', () => {
    const r = places('Officials stressed the need for secure Iran-Pakistan borders.');
    expect(r.event?.resolved?.border_line).toBe('IR-PK');
  });
});

describe('borders named with one side', () => {
  it('"Iran\'s border with Pakistan" is the Iran–Pakistan line', () => {
    const r = places("Smugglers fled across Iran's border with Pakistan.");
    expect(r.event?.text).toBe("Iran's border with Pakistan");
    expect(r.event?.resolved?.border_line).toBe('IR-PK');
  });
  it('"near the border with Iran" frames a Pakistani district, without competing', () => {
    const r = places('A bomb hit a vehicle in Kech district, near the border with Iran.');
    expect(mentionOf(r, 'the border with Iran').resolved?.border_line).toBe('IR-PK');
    expect(r.event?.text).toBe('Kech district');
    expect(codes(r)).toEqual([]);
  });
  it('"Taftan county in southeastern Iran" is the Iranian county, not the Pakistani town', () => {
    const r = places('Gunmen ambushed police in Taftan county in southeastern Iran.');
    expect(r.event?.resolved).toMatchObject({ name: 'Taftan County', country: 'IR' });
    expect(codes(r)).toEqual([]);
  });
});

describe('places that frame each other do not compete', () => {
  it('a town on the road named with it ("near Noshki on the Quetta-Taftan highway")', () => {
    const r = places('A car bomb hit a convoy on the Quetta-Taftan highway near Noshki.');
    expect(codes(r)).toEqual([]);
  });
  it('a crossing and the town at its gate', () => {
    const r = places('Fighters took the Dogharoun border crossing and Islam Qala on Thursday.');
    expect(codes(r)).toEqual([]);
  });
  it('a town and the district of its province ("Taftan, Chagai district")', () => {
    const r = places('Gunmen attacked hotels in Taftan, Chagai district.');
    expect(r.event?.resolved?.name).toBe('Taftan');
    expect(codes(r)).toEqual([]);
  });
  it('a road stays in one country ("the road between Khash and Taftan" in Iran)', () => {
    const r = places('Police were attacked on the road between Khash and Taftan in Iran.');
    expect(r.event?.resolved).toMatchObject({ country: 'IR' });
    expect(r.event?.resolved?.name).toBe('road between Khāsh and Taftan County');
  });
});
