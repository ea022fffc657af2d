// A dated lead with no place takes the place of the next sentence when that sentence only says
// where "the incident" happened (issue 8, fourth round: a real Express Tribune report lost its
// place this way). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Sunday" is the 27th. */
const run = extractOn('2024-10-29');
const LEAD = 'Two guards were shot dead by gunmen on Sunday.';

describe('"The incident occurred in X" after a dated lead with no place', () => {
  it('the lead takes X, settled, with both sentences as its excerpt', () => {
    const text = `${LEAD}\n\nThe incident occurred in Turbat, police said.`;
    const list = run(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'proposed',
      date: '2024-10-27',
      place: 'Turbat',
      resolved_place: 'Turbat',
      excerpt: text,
    });
  });
  it('"The attack happened near X" gives X widened', () => {
    const [p] = run(`${LEAD} The attack happened near Turbat.`);
    expect(p).toMatchObject({ status: 'proposed', place: 'near Turbat', date: '2024-10-27' });
    expect(p!.uncertainty_km).toBeGreaterThan(5);
  });
  it('a relative clause after the place describes it and adds no second place', () => {
    const [p] = run(
      `${LEAD} The incident took place in Turbat, which lies between Iran and Pakistan's coast.`,
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Turbat' });
  });
  it('a lead naming only the province takes the town of that province', () => {
    const [p] = run(
      'Two guards were shot dead in Balochistan on Sunday. The incident took place in Turbat.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Turbat' });
  });
});

describe('what the locating sentence does not settle', () => {
  it('a lead at another town stays there, for review, naming both', () => {
    const [p] = run(
      'Two guards were shot dead in Gwadar on Sunday. The incident took place in Turbat.',
    );
    expect(p).toMatchObject({ status: 'needs_review', place: 'Gwadar' });
    expect(p!.reasons.map((r) => r.code)).toContain('several_places');
    expect(p!.reasons.map((r) => r.message).join(' ')).toMatch(/Turbat/);
  });
  it('a province that does not hold the place is not narrowed to it', () => {
    const [p] = run(
      'Two guards were shot dead in Khyber Pakhtunkhwa on Sunday. The incident took place in Turbat.',
    );
    expect(p).toMatchObject({ status: 'needs_review', place: 'Khyber Pakhtunkhwa' });
  });
  it('a locating sentence with its own date is not read as locating the lead', () => {
    const [p] = run(`${LEAD} The incident took place in Turbat on Saturday night.`);
    expect(p?.status).toBe('needs_review');
  });
  it('a sentence between the lead and the locating one: the lead keeps no place', () => {
    const list = run(
      `${LEAD} Police were searching for the gunmen. The incident took place in Turbat.`,
    );
    expect(list[0]).toMatchObject({ status: 'needs_review', place: null });
  });
  it('"the earlier incident" tells of another one', () => {
    const [p] = run(`${LEAD} The earlier incident took place in Turbat.`);
    expect(p).toMatchObject({ status: 'needs_review', place: null });
  });
});
