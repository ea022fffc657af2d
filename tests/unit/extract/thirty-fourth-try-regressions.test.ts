// Regressions from the thirty-fourth real-page try, on invented text. A "Quetta:" dateline in Title
// Case below a long summary line was not read as one (a long line had allowed only the fullest
// form after it), so Quetta was proposed for review as the place of killings in Gwadar, 727 km
// off (dateline.ts). A sweep of date phrasings found "on Friday next" (South Asian English for the
// coming Friday) read as the last Friday (dateGrammar.ts). "The blast … in Mingora came one day
// after the army said …" took the day of the army's statement for the blast's (reviews.ts). "In the
// last week of December" had been read as last week (dateWeeks.ts).
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const SUMMARY =
  'According to reports, unknown gunmen attacked the residential quarters near the harbour jetty in Gwadar, killing the workers who were sleeping inside, and the police said that an investigation had begun into the killings.';

describe('a Title Case dateline below a long summary', () => {
  it('"Quetta: In a harrowing incident, …" after a headline, a summary and a byline', () => {
    const text = [
      'Pakistan: 7 workers shot dead by unknown gunmen in Gwadar',
      SUMMARY,
      'Edited By: A. Writer Quetta Published : May 09, 2024 11:02 IST',
      "Quetta: In a harrowing incident, seven labourers were shot dead in Pakistan's Balochistan province on Thursday by unknown gunmen in Gwadar.",
    ].join('\n\n');
    expect(findDateline(text, '2024-05-09')?.place).toBe('Quetta');
  });
  it('control: a paragraph after a long one that opens with a label and no sentence is none', () => {
    const text = ['Headline of the day', SUMMARY, 'Quetta: a city under siege.'].join('\n\n');
    expect(findDateline(text, '2024-05-09')).toBeNull();
  });
});

describe('a weekday before "next" or "last" (found by a sweep of date phrasings)', () => {
  const run = (text: string) => extractIncidents(text, { published: '2024-01-17' }, readers);
  it('"on Friday next" is the coming Friday, after publication, not the last one', () => {
    const [p] = run('Gunmen attacked a police post in Turbat on Friday next, killing two.');
    expect(p).toMatchObject({ date: '2024-01-19', status: 'needs_review' });
  });
  it('"on Thursday last" is the last Thursday', () => {
    const [p] = run('Gunmen attacked a police post in Turbat on Thursday last, killing two.');
    expect(p).toMatchObject({ date: '2024-01-11', date_basis: 'Thursday last' });
  });
  it('control: "on Sunday last week" is the Sunday of last week', () => {
    const [p] = run('Gunmen attacked a police post in Turbat on Sunday last week, killing two.');
    expect(p?.date).toBe('2024-01-14');
  });
});

describe('a step that dates what it counts from', () => {
  const LEAD =
    'A suicide bomber killed at least 15 police recruits on Sunday in Swat, officials said.';
  it('"The blast … in Mingora came one day after the army said …" is held', () => {
    const list = extractIncidents(
      `${LEAD}\n\nThe blast in the yard of the police station in Mingora came one day after the army said it had destroyed a training camp for suicide bombers.`,
      { published: '2009-08-30' },
      readers,
    );
    const p = list.find((x) => x.place === 'Mingora');
    expect(p?.status ?? 'none').not.toBe('proposed');
  });
  it('control: "It comes a day after Iran struck militants in Panjgur" dates the strike', () => {
    const [, p] = extractIncidents(
      'Pakistan struck militant hideouts in Saravan on Thursday, officials said.\n\nIt comes a day after Iran struck militants in Panjgur.',
      { published: '2024-01-18' },
      readers,
    );
    expect(p).toMatchObject({ date: '2024-01-17', status: 'proposed' });
  });
});

describe('a week of a month (found by a sweep of date phrasings)', () => {
  const run = (text: string) => extractIncidents(text, { published: '2024-01-27' }, readers);
  it('"in the last week of December" is 25–31 December, not last week', () => {
    const [p] = run('Gunmen attacked a police post in Turbat in the last week of December.');
    expect(p).toMatchObject({ date: '2023-12-25', date_end: '2023-12-31', status: 'needs_review' });
  });
  it('"in the first week of January" is 1–7 January, not the month', () => {
    const [p] = run('Gunmen attacked a police post in Turbat in the first week of January.');
    expect(p).toMatchObject({ date: '2024-01-01', date_end: '2024-01-07' });
  });
  it('control: "last week" is still the week before', () => {
    const [p] = run('Gunmen attacked a police post in Turbat last week.');
    expect(p?.date).toBe('2024-01-15');
  });
});
