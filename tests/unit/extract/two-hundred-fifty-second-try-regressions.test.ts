// Regressions from stop 44's fourth and fifth rounds: the two-hundred-and-fifty-second to
// two-hundred-and-sixty-first real-page tries, on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Friday is the 16th. */
const run = extractOn('2019-08-19');

describe('a body credited to an agency ends the standfirst above it (try 255)', () => {
  const page = (body: string) =>
    run(
      [
        'Deadly suicide blast rips through mosque on holy day',
        'A suicide bomber self-detonated outside a mosque in the south-eastern Iranian city of Chabahar on Monday, killing at least 39 people. The attack comes as Shiites marked the eve of Ashura.',
        body,
        'The governor of the province said two attackers were killed.',
      ].join('\n'),
    );
  it('"AFP - " telling the bombing again is one incident', () => {
    const ps = page(
      'AFP - A suicide bomber blew himself up at a religious procession in the Iranian city of Chabahar on Monday killing at least 39 people in the latest violence to rock the region.',
    );
    expect(ps.map((p) => [p.place, p.status])).toEqual([['Chabahar', 'proposed']]);
  });
  it('control: "AFP - " telling a bombing elsewhere keeps both', () => {
    const ps = page(
      'AFP - A suicide bomber blew himself up at a religious procession in the Iranian city of Zahedan on Monday killing at least 39 people in the latest violence to rock the region.',
    );
    expect(ps.map((p) => p.place)).toEqual(['Chabahar', 'Zahedan']);
  });
});

describe('"The attack - which took place on Friday night - occurred in X" tells its own (try 254)', () => {
  const page = (second: string) =>
    run(
      `KANDAHAR: A roadside bomb killed three policemen in southern Afghanistan, officials said on Monday.\n${second}`,
    );
  it('the aside dates the attack and its place stands', () => {
    const ps = page(
      'The attack - which took place on Friday night - occurred in the Spin Boldak district of Kandahar Province, near the border with Pakistan.',
    );
    expect(ps.at(-1)).toMatchObject({
      status: 'proposed',
      date: '2019-08-16',
      place: 'Spin Boldak district',
    });
  });
  it('control: "The attack, which police blamed on the Taliban, was condemned on Friday" points back', () => {
    const ps = page(
      'The attack, which police blamed on the Taliban, was condemned on Friday by the governor of Spin Boldak district.',
    );
    expect(ps.at(-1)?.status).toBe('needs_review');
  });
});

describe('"Tehran\'s news agency IRNA" is the outlet\'s seat, no scene (try 255)', () => {
  it('the abduction "near the Pak-Iran border" is not placed at Tehran', () => {
    const [p] = run(
      "A militant group has claimed responsibility for the abduction of 12 Iranian security personnel near the Pak-Iran border, Tehran's news agency IRNA reported on Monday.",
    );
    expect(p?.place).not.toMatch(/Tehran/);
  });
  it('control: "in Tehran\'s Narmak district" is in Tehran', () => {
    const [p] = run(
      "Gunmen shot dead a cleric on Monday in Tehran's Narmak district, police said.",
    );
    expect(p?.resolved_place).toMatch(/Tehran/);
  });
});

describe('"a ten-year-old child, Kian Pourfalak" is a person (try 257)', () => {
  it('the given name is no village beside the town named', () => {
    const [p] = run(
      'AHVAZ: A ten-year-old child, Kian Pourfalak was shot dead by security forces in Izeh on Monday, activists said.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Izeh' });
  });
  it('control: "a child, in Kian village" (no surname after it) stays a place', () => {
    const [p] = run('Gunmen shot dead a child on Monday in Kian village, activists said.');
    expect(p?.place).toMatch(/Kian/);
  });
});

describe('"Dera Ismail Khan’s Daraban area" lies in the district (try 260)', () => {
  it('a town just past the district seat’s drawn reach is placed', () => {
    const [p] = run(
      'D.I. KHAN: Militants stormed a compound in Dera Ismail Khan’s Daraban area on Monday, killing 23 soldiers.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Daraban' });
  });
  it('control: a town far outside it ("Dera Ismail Khan’s Chitral area") is not', () => {
    const [p] = run(
      'D.I. KHAN: Militants stormed a compound in Dera Ismail Khan’s Chitral area on Monday, killing 23 soldiers.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('an undated lead is dated by "the May 8 blast" right after it (try 260)', () => {
  const lead =
    'At least two people have been killed in an explosion near a major Sufi shrine in the eastern Pakistani city of Lahore, reports say.';
  it('the two sentences are one incident, dated and placed', () => {
    const ps = run(
      `${lead}\nDetails of the August 17 blast were not immediately available, officials said.`,
    );
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2019-08-17', 'Lahore'],
    ]);
  });
  it('control: a sentence between them keeps the lead undated', () => {
    const ps = run(
      `${lead}\nThe shrine is one of the largest in South Asia.\nDetails of the August 17 blast were not immediately available, officials said.`,
    );
    expect(ps[0]).toMatchObject({ status: 'needs_review', date: null });
  });
});

describe('"of the city Monday" under a dateline is its city (try 258)', () => {
  it('"in a blast in the Qasimabad area of the city Monday" is held at Hyderabad', () => {
    const [p] = run(
      'HYDERABAD: At least one person was killed in a blast in the Qasimabad area of the city Monday.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Hyderabad' });
    expect(p?.reasons.map((r) => r.code)).toEqual(['fallback_admin']);
  });
  it('control: a town\'s name after "the city" is that town, not the dateline\'s', () => {
    const [p] = run('QUETTA: A blast in the city Mastung wounded three people on Monday.');
    expect(p?.resolved_place).not.toBe('Quetta');
  });
});

describe('a place attackers burst into is the scene (try 261)', () => {
  it('"gunmen burst into Tehran\'s parliament complex" is proposed at Tehran', () => {
    const [p] = run(
      "A security guard was killed when gunmen burst into Tehran's parliament complex on Friday, the ISNA news agency reported.",
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Tehran', date: '2019-08-16' });
  });
  it('control: "a bus travelling into Quetta" is where it was going', () => {
    const [p] = run(
      'A bus travelling into Quetta was attacked on Friday, killing three passengers.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/where it was going/);
  });
});

describe('"the attack on Saturday night" right after a lead dated by its report (try 258)', () => {
  const lead =
    'Twelve members of a family were killed after a grenade was hurled at a mini-truck on the outskirts of Karachi, the media reported on Monday.';
  it('dates the lead: one proposal, answered', () => {
    const ps = run(
      `${lead}\nA senior police officer told Dawn that the attack on Saturday night was an act of terrorism.`,
    );
    expect(ps.map((p) => [p.status, p.date])).toEqual([['proposed', '2019-08-17']]);
  });
  it('control: a day told after another verb stays a join for review', () => {
    const ps = run(
      `${lead}\nA senior police officer told Dawn that the attack was terrorism, and said suspects were detained on Saturday night.`,
    );
    expect(ps.map((p) => [p.status, p.date])).toEqual([['needs_review', '2019-08-17']]);
  });
});

describe('a sentence telling a second incident with "while … when" is held (try 261)', () => {
  it('"…, while a gardener was killed when assailants entered a mausoleum" is for review', () => {
    const [p] = run(
      "A guard was killed when gunmen burst into Tehran's parliament complex on Friday, while a gardener was killed when assailants entered the grounds of a mausoleum in the south of the city.",
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toEqual(['several_places']);
  });
  it('control: "while two others were wounded in the attack" is the same incident', () => {
    const [p] = run(
      'A policeman was killed in Quetta on Friday, while two others were wounded in the attack.',
    );
    expect(p?.status).toBe('proposed');
  });
});
