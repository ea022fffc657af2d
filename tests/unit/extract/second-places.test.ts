// A second place that is no candidate locus of the incident does not make `several_places`: the
// place the attackers came from, described on the way ("from Afghanistan's eastern Kunar
// province"), and a capital that acts for its government ("prompting Islamabad to recall its
// ambassador"). Invented sentences; the controls keep the review.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');
const codes = (p: Proposal | undefined) => (p?.reasons ?? []).map((r) => r.code);

describe('an origin described by an adjective is still an origin', () => {
  it('"militants operating from Afghanistan\'s eastern Kunar province attacked posts in Mamond tehsil"', () => {
    const [p] = run(
      "Two soldiers were killed on Monday when militants operating from Afghanistan's eastern Kunar province attacked check-posts in Mamond tehsil.",
    );
    expect(p).toMatchObject({ resolved_place: 'Mamund Tehsil', status: 'proposed' });
  });
  it('"militants from the neighbouring Kunar province attacked a post in Mamond tehsil"', () => {
    const [p] = run(
      'Two soldiers were killed on Monday when militants from the neighbouring Kunar province attacked a post in Mamond tehsil.',
    );
    expect(p).toMatchObject({ resolved_place: 'Mamund Tehsil', status: 'proposed' });
  });
  it('control: with no cross-border action, "from eastern Kunar" is a second place', () => {
    const [p] = run(
      'Two traders from eastern Kunar province were killed in Mamond tehsil on Monday.',
    );
    expect(codes(p)).toContain('several_places');
  });
});

describe('a capital told to act is its government', () => {
  it('"prompting Islamabad to recall its ambassador" leaves Panjgur alone', () => {
    const [p] = run(
      'Iranian missiles struck a village in Panjgur on Monday, prompting Islamabad to recall its ambassador.',
    );
    expect(p).toMatchObject({ resolved_place: 'Panjgur', status: 'proposed' });
  });
  it('control: "a bus travelling from Quetta to Islamabad" keeps both places, as a road', () => {
    // Islamabad read as the government would leave Quetta alone, where the bus came from
    const [p] = run(
      'Gunmen attacked a bus travelling from Quetta to Islamabad on Monday, killing two.',
    );
    expect(p?.resolved_place).toBe('road between Quetta and Islamabad');
  });
  it('control: "a bus from Quetta to Islamabad near Zhob" is near Zhob, on that road', () => {
    const [p] = run(
      'Gunmen attacked a bus travelling from Quetta to Islamabad near Zhob on Monday, killing two.',
    );
    expect(p?.resolved_place).toBe('Zhob');
  });
  it('control: a capital where something happened ("in Islamabad to protest") stays a place', () => {
    const [p] = run(
      'Gunmen attacked traders who had gathered in Islamabad to protest the closure of Torkham on Monday.',
    );
    expect(codes(p)).toContain('several_places');
  });
});

describe('a town said to lie in a county ("X, a small town in Y County") is one place', () => {
  it('"Rask, a small town in Sarbaz County" is Rask, settled', () => {
    const [p] = run(
      'Gunmen attacked a police post in Rask, a small town in Sarbaz County, on Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Rāsak', status: 'proposed' });
  });
  it('control: a namesake far from the district the text puts it in is for review', () => {
    // (this control read "Pishin, a small town located in Sarbaz County" while Pishin resolved to
    // the Pakistani town; the county now says which Pishin is meant, the Iranian one, below)
    const [p] = run(
      'Gunmen opened fire at the county office in Sadiqabad, a small town located in Bajaur district, on Monday.',
    );
    expect(codes(p)).toContain('ambiguous_place');
    expect(p?.status).toBe('needs_review');
  });
  it('"Pishin, a small town located in Sarbaz County" is the Iranian Pishin, in that county', () => {
    const [p] = run(
      'Gunmen opened fire at the county office in Pishin, a small town located in Sarbaz County, on Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Pīshīn', country: 'IR' });
  });
});

describe("a place in a follow-up's words is no rival of the incident's", () => {
  it('"forces on Sunday began combing Kech district for guards abducted … in Mirjaveh late on Saturday"', () => {
    const [p] = run(
      'Security forces on Sunday began combing the hills of Kech district for five guards abducted by militants from a post in the town of Mirjaveh late on Saturday.',
    );
    expect(p).toMatchObject({ date: '2024-10-26', resolved_place: 'Mīrjāveh', status: 'proposed' });
  });
  it('control: with no follow-up date before it, a place before the incident still competes', () => {
    const [p] = run(
      'Gunmen in Chaman abducted five guards on Thursday, and police searched Quetta on Friday.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it("control: the follow-up's place taken as the event's stays for review", () => {
    const [p] = run(
      'Police on Friday arrested two men in Turbat who attacked a post in Gwadar on Thursday.',
    );
    expect(p?.status).toBe('needs_review');
  });
});
