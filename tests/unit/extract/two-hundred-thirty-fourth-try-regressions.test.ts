// Regressions from stop 44: the two-hundred-and-thirty-second and later real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Tuesday is the 13th. */
const run = extractOn('2019-08-19');

describe('"several explosions" sums up several events (try 232)', () => {
  it('"Several explosions took place in Karachi and Hyderabad" is held at each city', () => {
    const ps = run(
      'KARACHI: Several explosions took place in Karachi and Hyderabad on Tuesday, police said.',
    );
    expect(ps.map((p) => [p.place, p.status])).toEqual([
      ['Karachi', 'needs_review'],
      ['Hyderabad', 'needs_review'],
    ]);
  });
  it('"several ambushes" is held too', () => {
    const [p] = run(
      'KARACHI: Militants carried out several ambushes on police in Karachi on Tuesday.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "a series of loud explosions" at one city is one incident (try 202)', () => {
    const [p] = run(
      'MUZAFFARABAD: Muzaffarabad was shaken by a series of loud explosions on Tuesday night, witnesses said.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Muzaffarabad' });
  });
  it('control: "an explosion took place in Karachi" is proposed', () => {
    const [p] = run('KARACHI: An explosion took place in Karachi on Tuesday, police said.');
    expect(p).toMatchObject({ status: 'proposed', place: 'Karachi', date: '2019-08-13' });
  });
});

describe('a stoppage of work is no strike from the air (try 232)', () => {
  it('"on the eve of a strike called by" a party leaves the explosion a bombing', () => {
    const [p] = run(
      'KARACHI: An explosion took place in Karachi on Tuesday, on the eve of a strike called by a nationalist party.',
    );
    expect(p?.title).toBe('Bombing in Karachi');
  });
  it('"a shutter-down strike" is no attack word', () => {
    const ps = run('QUETTA: Traders observed a shutter-down strike in Quetta on Tuesday.');
    expect(ps).toHaveLength(0);
  });
  it('control: "a drone strike in Miranshah on Tuesday" is a strike', () => {
    const [p] = run(
      'PESHAWAR: A drone strike hit a compound in Miranshah on Tuesday, officials said.',
    );
    expect(p?.title).toMatch(/^Strike in Miranshah/);
  });
  it('control: "a strike hit a house" is still one', () => {
    const [p] = run('KABUL: A strike hit a house in Khost on Tuesday, officials said.');
    expect(p?.title).toMatch(/^Strike in Khost/);
  });
});

describe('"an overnight attack" is the night the attack took, not last night (try 234)', () => {
  /** Published on Tuesday 31 October 2023. */
  const late = extractOn('2023-10-31');
  const body = 'six labourers were killed in an overnight attack in Turbat, police said.';
  it('"Earlier this month, … an overnight attack" gives only the month, for review', () => {
    const [p] = late(`QUETTA: Earlier this month, ${body}`);
    expect(p).toMatchObject({ status: 'needs_review', date: '2023-10-01', date_end: '2023-10-31' });
  });
  it('control: alone, "an overnight attack" is last night', () => {
    const [p] = late(`QUETTA: At least ${body}`);
    expect(p).toMatchObject({ status: 'proposed', date: '2023-10-30', date_end: '2023-10-31' });
  });
});

describe("a date opening the clause a report brings in is the event's (tries 237, 239)", () => {
  it('"a report said rebels on Friday shot and wounded" dates the shooting', () => {
    const [p] = run(
      'A report in a local newspaper said rebels on Friday shot and wounded a cleric in Iranshahr.',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2019-08-16', category: 'attack' });
  });
  it('"According to a report by X, on Sunday, … killed" dates the killing', () => {
    const [p] = run(
      'According to a report by a rights agency, on Sunday, security forces killed two men in Saravan.',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2019-08-18', place: 'Saravan' });
  });
  it('control: "According to a report on Sunday by X, … killed" may date only the report', () => {
    const [p] = run(
      'According to a report on Sunday by a rights agency, security forces killed two men in Saravan.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('"shot and "seriously wounded"" is an attack (try 237)', () => {
  it('a quoted wound after "shot and" is an attack word', () => {
    const [p] = run(
      'ZAHEDAN: Gunmen shot and "seriously wounded" a cleric in Iranshahr on Friday.',
    );
    expect(p?.category).toBe('attack');
  });
});

describe("a calendar day near a round step is the earlier incident's own (try 235)", () => {
  /** Published on Friday 6 March 2026. */
  const march = extractOn('2026-03-06');
  const lead = 'BANNU: A bomb went off in Bannu on Friday, police said.\n';
  it('"roughly three weeks after … on February 16" dates it February 16', () => {
    const ps = march(
      `${lead}The incident comes roughly three weeks after two people were killed in an explosion in Lakki Marwat on February 16.`,
    );
    expect(ps.find((p) => p.place === 'Lakki Marwat')).toMatchObject({
      date: '2026-02-16',
      date_precision: 'day',
    });
  });
  it('control: a day far from the step still leaves two dates for review', () => {
    const ps = march(
      `${lead}The incident comes roughly three weeks after two people were killed in an explosion in Lakki Marwat on January 20.`,
    );
    const p = ps.find((q) => q.place === 'Lakki Marwat');
    expect(p?.reasons.map((r) => r.code)).toContain('several_dates');
  });
});

describe('"Explosions were reported on Tuesday" in Tuesday\'s news is that day\'s (try 245)', () => {
  /** Published on Tuesday 17 June 2025. */
  const june = extractOn('2025-06-17');
  it('plural incident nouns told as reported that day are proposed on it', () => {
    const [p] = june('Explosions were reported on Tuesday morning in the city of Tabriz.');
    expect(p).toMatchObject({ status: 'proposed', date: '2025-06-17', place: 'Tabriz' });
  });
  it('control: "have been reported" may lie earlier', () => {
    const [p] = june('Explosions have been reported on Tuesday morning in the city of Tabriz.');
    expect(p?.status).toBe('needs_review');
  });
});

describe("a quarter described between its town's possessive and its name is in it (try 244)", () => {
  it('"Karachi’s densely populated Quaidabad area" is held for the unknown quarter', () => {
    const [p] = run(
      'KARACHI: Two explosions ripped through Karachi’s densely populated Quaidabad area on Tuesday, police said.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: "Karachi’s police chief Ahmed Khan said" names no quarter', () => {
    const [p] = run(
      'KARACHI: Two explosions ripped through a market in Karachi on Tuesday, Karachi’s police chief Ahmed Khan said.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Karachi' });
  });
});

describe('a town a cut supply went to is no scene (try 246)', () => {
  it('"suspending supply to the Sui plant and Mastung Town" is held', () => {
    const [p] = run(
      'QUETTA: A gas pipeline was blown up on Tuesday, suspending supply to the Sui plant and Mastung Town.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/where it was going/);
  });
  it('control: "a gas pipeline was blown up in Mastung" is proposed there', () => {
    const [p] = run('QUETTA: A gas pipeline was blown up in Mastung on Tuesday, officials said.');
    expect(p).toMatchObject({ status: 'proposed', place: 'Mastung' });
  });
});

describe('"Saturday\'s killing" is dated by its possessive (try 242)', () => {
  it("a year in a clause about the victim's past gives way to it", () => {
    const [p] = run(
      "KABUL: The Taliban claimed responsibility for Saturday's killing in Kandahar of a former commander who renounced the group after it was ousted from power in 2001.",
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2019-08-17', place: 'Kandahar' });
  });
});

describe('"one in A and the other in B" tells an incident at each (stop 44)', () => {
  it('"Two bombs exploded on Monday, one in Turbat and the other in Gwadar" is two proposals', () => {
    const ps = run(
      'QUETTA: Two bombs exploded on Monday, one in Turbat and the other in Gwadar, police said.',
    );
    expect(ps.map((p) => [p.place, p.status, p.date])).toEqual([
      ['Turbat', 'proposed', '2019-08-19'],
      ['Gwadar', 'proposed', '2019-08-19'],
    ]);
  });
  it('control: "taken to two hospitals, one in Turbat and the other in Gwadar" stays held', () => {
    const ps = run(
      'QUETTA: A bomb killed three people on Monday; the wounded were taken to two hospitals, one in Turbat and the other in Gwadar.',
    );
    expect(ps.map((p) => p.status)).toEqual(['needs_review']);
  });
  it('control: "one from Turbat and the other from Gwadar" (where they came from) stays held', () => {
    const ps = run(
      'QUETTA: Two soldiers were killed on Monday, one from Turbat and the other from Gwadar.',
    );
    expect(ps.map((p) => p.status)).toEqual(['needs_review']);
  });
});

describe('"the overnight assault" points back (try 246)', () => {
  it('"Enraged by the overnight assault, residents blocked the highway" is no second attack', () => {
    const ps = run(
      'QUETTA: Militants attacked a police station in Quetta overnight, killing four policemen, officials said on Monday. Enraged by the overnight assault, hundreds of residents blocked the main highway in Quetta on Monday.',
    );
    expect(ps.map((p) => [p.status, p.date])).toEqual([
      ['proposed', '2019-08-18'],
      ['needs_review', '2019-08-19'],
    ]);
  });
  it('control: "The overnight assault on a police station in Quetta killed four" is proposed', () => {
    const [p] = run(
      'QUETTA: The overnight assault on a police station in Quetta killed four policemen, officials said on Monday.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Quetta' });
  });
});
