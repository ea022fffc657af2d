// Regressions from stop 45's tries 262–267 (real pages), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 20 May 2020. */
const run = extractOn('2020-05-20');

describe('"on May 11 killed": the month is no modal (try 266)', () => {
  it('"Forces on May 11 killed seven militants in Salmas" is an incident', () => {
    const ps = run('Forces on May 11 killed seven militants in Salmas, state media reported.');
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2020-05-11', 'Salmas'],
    ]);
  });
  it('control: "militants may attack Salmas" tells no attack', () => {
    const ps = run('Officials warned that militants may attack Salmas in the coming days.');
    expect(ps).toEqual([]);
  });
});

describe('"Earlier in the month" is this month, not a day (try 266)', () => {
  it('a clash "earlier in the month" spans the month so far, for review', () => {
    const [p] = run('Earlier in the month, gunmen killed two guards in Divandarreh.');
    expect(p).toMatchObject({ status: 'needs_review', date: '2020-05-01', date_end: '2020-05-20' });
  });
  it('control: "earlier in the day" stays the day of the event before', () => {
    const ps = run(
      'Gunmen killed two guards in Marivan on Tuesday.\nEarlier in the day, a bomb killed a guard in Divandarreh.',
    );
    expect(ps.at(-1)?.date).toBe('2020-05-19');
  });
});

describe('a lead placed by the next sentence sums up no later incident (try 266)', () => {
  const lead = [
    'TEHRAN, May 19 (Xinhua) -- At least two militants were killed in a clash with the IRGC in the west of the country on Tuesday, the IRGC said.',
    'The clash erupted in the afternoon in the Marivan region of Kurdistan province, the IRGC said in a statement.',
  ].join('\n');
  it("an undated clash at another town does not take the lead's day", () => {
    const ps = run(
      `${lead}\nSome IRGC forces were killed in clashes in the Divandarreh region in Kurdistan province.`,
    );
    expect(ps.map((p) => [p.status, p.date])).toEqual([
      ['proposed', '2020-05-19'],
      ['needs_review', null],
    ]);
  });
  it("control: without the placing sentence, the detail is the lead's, on its day", () => {
    const first = lead.split('\n')[0] as string;
    const ps = run(
      `${first}\nSome IRGC forces were killed in clashes in the Divandarreh region in Kurdistan province.`,
    );
    expect(ps.at(-1)).toMatchObject({ status: 'proposed', date: '2020-05-19' });
  });
});

describe('"X has announced that the explosion took place on Sunday" dates the lead (try 262)', () => {
  const lead =
    'One person was killed and three injured in an explosion in Saravan city of Sistan-Baluchestan Province, IRNA reported.';
  it('the lead and the dating detail are one answer', () => {
    const ps = run(
      `${lead} The IRGC has announced that the terrorist explosion took place on Sunday morning.`,
    );
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2020-05-17', 'Saravan city'],
    ]);
  });
  it('control: "a second explosion took place" is not the lead\'s', () => {
    const ps = run(`${lead} The IRGC said a second explosion took place on Sunday morning.`);
    expect(ps.every((p) => p.status === 'needs_review')).toBe(true);
  });
});

describe('"gunmen targeting posts in Rask" is an attack (try 262)', () => {
  it('the overnight attack is proposed at Rask, held for the other towns', () => {
    const [p] = run(
      'The violence erupted overnight, with gunmen targeting Revolutionary Guard posts in Rask and Sarbaz towns.',
    );
    expect(p).toMatchObject({ date: '2020-05-19', date_end: '2020-05-20', place: 'Rask' });
  });
  it('control: "a campaign targeting militants" alone is no attack', () => {
    expect(run('The government announced a campaign targeting militants in Rask.')).toEqual([]);
  });
});
