// A day tied to mourning or another reaction ("the country today mourned the death of three
// soldiers as militants opened fire on a post in X") is the reaction's, like a report's, not the
// incident's; when a lead of the same story sums up its incidents on one day (no place of its
// own), the report-dated sentence takes that day (issue 8, eighth try: an attack was dated a
// day late by "today mourned"). Invented sentences in the manner of wire reports.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 11 March 2024: "today" is the 11th, "on Sunday" the 10th. */
const run = extractOn('2024-03-11');
const codes = (p: Proposal | undefined) => p?.reasons.map((r) => r.code) ?? [];
const bajaur = (list: Proposal[]) => list.find((p) => p.resolved_place === 'Bajaur District');

const MOURNED =
  'The country today mourned the death of three soldiers as militants from inside Afghanistan opened fire on a military post in Bajaur district.';
const LEAD =
  'Militants attacked border posts and set off roadside bombs in different areas of the tribal districts on Sunday, killing five people.';
const BACKGROUND =
  'The violence comes weeks after talks between the two neighbours. Analysts had warned of a new wave of unrest.';

describe('a day of mourning is not the day of the attack', () => {
  it('alone, "today mourned … as militants opened fire" is for review, as a report’s day', () => {
    const p = bajaur(run(MOURNED));
    expect(p).toMatchObject({ status: 'needs_review', date: '2024-03-11' });
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('dates a statement or report');
  });
  it('"from inside Afghanistan … opened fire" is where the fire came from, not a second place', () => {
    expect(codes(bajaur(run(MOURNED)))).not.toContain('several_places');
  });
});

describe("the summing-up lead's day", () => {
  it('a lead of the same story on Sunday dates the attack the report mourns on Monday', () => {
    const list = run(`${LEAD}\n${BACKGROUND}\n${MOURNED}`);
    expect(bajaur(list)).toMatchObject({ status: 'proposed', date: '2024-03-10' });
  });
  it('not from a lead placed at one town (it told one incident, not the story)', () => {
    const lead = 'Militants attacked a police station in Peshawar on Sunday, killing five people.';
    const p = bajaur(run(`${lead}\n${BACKGROUND}\n${MOURNED}`));
    expect(p).toMatchObject({ status: 'needs_review', date: '2024-03-11' });
  });
  it('not from a lead two days before the report', () => {
    const lead = LEAD.replace('on Sunday', 'on Saturday');
    const p = bajaur(run(`${lead}\n${BACKGROUND}\n${MOURNED}`));
    expect(p).toMatchObject({ status: 'needs_review', date: '2024-03-11' });
  });
  it('not from a lead beyond six sentences', () => {
    const far = `${LEAD}\n${BACKGROUND}\n${BACKGROUND}\n${BACKGROUND}\n${MOURNED}`;
    expect(bajaur(run(far))?.date).toBe('2024-03-11');
  });
});
