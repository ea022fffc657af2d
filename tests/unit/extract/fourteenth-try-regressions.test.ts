// Regressions from the fourteenth real-page try, on invented sentences, each with a control that
// must not fire.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const run = (text: string, published: string) => extractIncidents(text, { published }, readers);

describe('a report date restated ("confirmed today, Monday, March 4")', () => {
  it("is the report's, not the attack's", () => {
    // proposed as the attack's day; the next sentence puts the attack on Sunday night
    const [p] = run(
      'Two policemen were killed when their post came under attack in Gardez, an official confirmed today, Monday, March 4.',
      '2024-03-04',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/dates a statement or report/);
  });
  it('control: "said on Sunday, two days after the kidnappers freed them" counts two days back', () => {
    const [p] = run(
      'Four guards have returned home to Zahedan, the minister said on Sunday, two days after the kidnappers freed them at the border.',
      '2024-03-10',
    );
    expect(p?.date).toBe('2024-03-08');
  });
});

describe('"last week"', () => {
  it('in a Sunday report reaches the days of this week before it', () => {
    // the page of Sunday 3 August meant Thursday 31 July; the calendar week before missed it
    const [p] = run(
      'Last week, two policemen were injured in a drone attack in Bannu.',
      '2024-03-10',
    );
    expect([p?.date, p?.date_end]).toEqual(['2024-02-26', '2024-03-09']);
  });
  it('control: in a Thursday report it is the week before', () => {
    const [p] = run(
      'Last week, two policemen were injured in a drone attack in Bannu.',
      '2024-03-07',
    );
    expect([p?.date, p?.date_end]).toEqual(['2024-02-26', '2024-03-03']);
  });
});

describe('"demanding the release of"', () => {
  it('is no release', () => {
    // proposed as a release at Gwadar
    const list = run(
      "Levies personnel gathered outside the Deputy Commissioner's office in Gwadar on Tuesday, demanding the release of two colleagues.",
      '2024-03-07',
    );
    expect(list.map((p) => p.category)).not.toContain('release');
  });
  it('control: "the kidnappers announced the release of two guards in Gwadar" is one', () => {
    const [p] = run(
      'On Tuesday the kidnappers announced the release of two guards in Gwadar.',
      '2024-03-07',
    );
    expect(p?.category).toBe('release');
  });
});
