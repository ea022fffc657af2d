// Regressions from the hundred-and-twenty-sixth to hundred-and-thirty-first real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 3 February 2020. */
const run = extractOn('2020-02-03');

describe('"the provincial capital" under a national capital\'s dateline (try 129)', () => {
  it('under TEHRAN it is not Tehran', () => {
    const found = run(
      'TEHRAN: Dozens of people were killed in clashes in Zahedan, the capital of Sistan-Baluchistan province, in September. The unrest that started on January 31 was described as attacks on police stations in the provincial capital.',
    );
    const unrest = found.find((p) => p.date === '2020-01-31');
    expect(unrest?.resolved_place).not.toBe('Tehran');
  });
  it('control: under QUETTA it is still Quetta', () => {
    const [p] = run(
      'QUETTA: A bomb exploded at Mission Chowk area of the provincial capital on Saturday, killing two people.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});

describe('"this week" early in a week (try 130)', () => {
  it('in a Monday report it is the past days, a stretch held for review', () => {
    const [p] = run(
      'Islamabad this week closed the Torkham border crossing after a mortar fired from Afghanistan killed two people in Landi Kotal.',
    );
    expect(p?.date_precision).not.toBe('day');
    expect(p?.status).toBe('needs_review');
  });
  it('control: in a Thursday report it is the week so far', () => {
    const [p] = extractOn('2020-02-06')(
      'A mortar fired from Afghanistan killed two people in Landi Kotal this week.',
    );
    expect(p).toMatchObject({ date: '2020-02-03', date_end: '2020-02-06' });
  });
});

describe('an organisation named after Kurdistan (try 129)', () => {
  it('"the Party for Free Life in Kurdistan" is not Kurdistan province', () => {
    const [p] = run(
      'Three members of the Party for Free Life in Kurdistan (PJAK) were killed in clashes on Sunday.',
    );
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "clashes in Kurdistan province" is the province', () => {
    const [p] = run('Three militants were killed in clashes in Kurdistan province on Sunday.');
    expect(p?.resolved_place).toBe('Kurdistan');
  });
});
