// A mention that agrees with the draft is no rival of it: the province that holds the place, a
// report's day that is the incident's, a later sentence whose noun carries the day and place a
// lead left open. And a statement's day is not the day of the attack it reports. Invented
// sentences; the controls (a province or country that does not hold the place, a lead with a
// day or a place of its own, a burial) stay in review.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th, "Sunday" the 27th. */
const run = extractOn('2024-10-29');
const codes = (p: Proposal | undefined) => (p?.reasons ?? []).map((r) => r.code);
const POINTS_BACK = /points back at an incident told elsewhere/;
const ACCUSATION = /dates a statement or accusation/;
const REPORT_ONLY = /dates a statement or report/;
const has = (p: Proposal | undefined, re: RegExp) =>
  (p?.reasons ?? []).some((r) => re.test(r.message));

describe('a province that holds the place is no second place', () => {
  it('Khyber Pakhtunkhwa holds the Torkham crossing (its Pakistani side was in the tribal areas)', () => {
    const [p] = run('In Khyber Pakhtunkhwa, border forces exchanged fire at Torkham on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Torkham crossing', status: 'proposed' });
  });
  it('control: Balochistan does not hold Torkham', () => {
    const [p] = run('In Balochistan, border forces exchanged fire at Torkham on Monday.');
    expect(codes(p)).toContain('several_places');
  });
  it('control: Khyber Pakhtunkhwa does not hold Chaman', () => {
    const [p] = run('In Khyber Pakhtunkhwa, border forces exchanged fire at Chaman on Monday.');
    expect(codes(p)).toContain('several_places');
  });
  it('control: a province across the border ("Chaman and … Kandahar province")', () => {
    const [p] = run('Gunmen attacked a police post in Chaman and in Kandahar province on Monday.');
    expect(codes(p)).toContain('several_places');
  });
});

describe("an incident noun reported on the report's day", () => {
  it('"An exchange of fire was reported …, officials told AFP on Monday" is settled on Monday', () => {
    const [p] = run(
      'An exchange of fire was reported between border forces at Chaman, officials told AFP on Monday.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', resolved_place: 'Chaman', status: 'proposed' });
  });
  it('control: "Clashes have been reported" (perfect tense) keeps the doubt', () => {
    const [p] = run('Clashes have been reported at Chaman, officials told AFP on Monday.');
    expect(has(p, REPORT_ONLY)).toBe(true);
  });
  it('control: another day in the article ("The firing began late on Sunday") keeps it', () => {
    const out = run(
      'An exchange of fire was reported between border forces at Chaman, officials told AFP on Monday.\n\nThe firing began late on Sunday.',
    );
    expect(out.some((p) => p.date === '2024-10-28' && p.status === 'proposed')).toBe(false);
  });
});

describe('a later noun with its own day and place answers a lead that has neither', () => {
  const lead =
    'A police spokesman said on Tuesday that 12 border guards have been killed in an ambush on the Pakistani border.';
  it('"… the ambush on Sunday in the town of Saravan" is the one proposal, settled', () => {
    const out = run(
      `${lead} The attackers fled after the ambush on Sunday in the town of Saravan.`,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: '2024-10-27', resolved_place: 'Sarāvān' });
    expect(out[0]?.status).toBe('proposed');
    expect(out[0]?.excerpt.startsWith('A police spokesman')).toBe(true);
  });
  it('a lead placed only in the country that holds the town is answered too', () => {
    const out = run(
      'A spokesman said on Tuesday that 12 guards have been killed in an ambush in Iran. The attackers fled after the ambush on Sunday in the town of Saravan.',
    );
    expect(out.filter((p) => p.status === 'proposed')).toHaveLength(1);
    expect(out.find((p) => p.status === 'proposed')?.resolved_place).toBe('Sarāvān');
  });
  it('control: a lead with a day of its own ("on Saturday") keeps the later one in review', () => {
    const out = run(
      'A police spokesman said on Tuesday that 12 border guards were killed in an ambush near the border on Saturday. The attackers fled after the ambush on Sunday in the town of Saravan.',
    );
    expect(
      has(
        out.find((p) => p.resolved_place === 'Sarāvān'),
        POINTS_BACK,
      ),
    ).toBe(true);
  });
  it('control: a lead at another town (Mirjaveh) keeps the later one in review', () => {
    const out = run(
      'A police spokesman said on Tuesday that 12 border guards have been killed in an ambush in Mirjaveh. The attackers fled after the ambush on Sunday in the town of Saravan.',
    );
    expect(
      has(
        out.find((p) => p.resolved_place === 'Sarāvān'),
        POINTS_BACK,
      ),
    ).toBe(true);
  });
  it('control: a lead in a province that does not hold the town (Kerman) keeps it in review', () => {
    const out = run(
      'A police spokesman said on Tuesday that 12 border guards have been killed in an ambush in Kerman province. The attackers fled after the ambush on Sunday in the town of Saravan.',
    );
    expect(
      has(
        out.find((p) => p.resolved_place === 'Sarāvān'),
        POINTS_BACK,
      ),
    ).toBe(true);
  });
  it('control: a lead in a country that does not hold the town (Pakistan) keeps it in review', () => {
    const out = run(
      'A police spokesman said on Tuesday that 12 border guards have been killed in an ambush in Pakistan. The attackers fled after the ambush on Sunday in the town of Saravan.',
    );
    expect(
      has(
        out.find((p) => p.resolved_place === 'Sarāvān'),
        POINTS_BACK,
      ),
    ).toBe(true);
  });
  it('control: a burial ("buried the victims of the ambush on Sunday in …") stays in review', () => {
    const out = run(
      `${lead} Mourners buried the victims of the ambush on Sunday in the town of Saravan.`,
    );
    expect(out.some((p) => p.status === 'proposed')).toBe(false);
  });
});

describe('a noun whose own verb tells when it happened does not point back', () => {
  it('"A source said the clash started on Sunday in the town of Chaman" is settled', () => {
    const [p] = run('A source said the clash started on Sunday in the town of Chaman.');
    expect(p).toMatchObject({ date: '2024-10-27', resolved_place: 'Chaman', status: 'proposed' });
  });
  it('control: "the victims of the clash were buried on Sunday in Chaman" still points back', () => {
    const out = run('The victims of the clash were buried on Sunday in Chaman.');
    expect(out.some((p) => p.status === 'proposed')).toBe(false);
  });
});

describe("an accusation's day is not the day of the attack it reports", () => {
  it('"officials on Monday accused the army of firing 30 missiles over Kunar within the past day"', () => {
    const [p] = run(
      'Afghan officials on Monday accused the Pakistani army of firing some 30 missiles over Kunar province within the past day.',
    );
    expect(p?.status).toBe('needs_review');
    expect(has(p, ACCUSATION)).toBe(true);
  });
  it('"officials on Monday accused the army of shelling Kunar in recent days" (an attack) too', () => {
    const [p] = run(
      'Afghan officials on Monday accused the Pakistani army of shelling Kunar province in recent days.',
    );
    expect(has(p, ACCUSATION)).toBe(true);
  });
  it('control: the attack dated on its own ("shelled Kunar on Sunday, and officials accused …")', () => {
    const [p] = run(
      'Pakistani forces shelled Kunar province on Sunday, and Afghan officials accused them of targeting civilians.',
    );
    expect(has(p, ACCUSATION)).toBe(false);
  });
  it('control: a statement with no attack in it ("shut the border gate at Taftan on Monday")', () => {
    const [p] = run(
      'Iranian officials shut the border gate at Taftan on Monday, a local official said.',
    );
    expect(p).toMatchObject({ category: 'statement', status: 'proposed' });
  });
});
