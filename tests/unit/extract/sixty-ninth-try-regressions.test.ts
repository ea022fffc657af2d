// Regressions from the sixty-ninth real-page try (a Daily Star copy of an AP report on the Urgun
// market bombing), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 15 July 2014. */
const run = extractOn('2014-07-15');
const LEAD =
  'A suicide bomber killed at least 40 people at a busy market in southeastern Afghanistan on Tuesday, officials said.';

describe('"came hours after … in Kabul": the earlier event\'s place', () => {
  it('the next sentence\'s "hours after a bomb … in Kabul" leaves Urgun district the place', () => {
    // had been held at Kabul, 177 km from Urgun
    const [p] = run(
      `${LEAD} The blast in Urgun district of Paktika province came hours after a bomb hit a bus in Kabul, killing two.`,
    );
    expect(p?.resolved_place).not.toBe('Kabul');
    expect(p?.reasons.some((r) => r.message.includes("'Kabul'"))).toBe(false);
  });
  it('"minutes after" is an earlier event too', () => {
    const [p] = run(
      'A blast hit a market in Urgun district on Tuesday, minutes after a bomb hit a bus in Kabul.',
    );
    expect(p?.resolved_place).not.toBe('Kabul');
  });
  it('control: "hours later" counts from the event itself; Kabul is its place', () => {
    const [p] = run('A bomb hit a bus in Kabul on Tuesday, hours after the market opened.');
    expect(p).toMatchObject({ resolved_place: 'Kabul', status: 'proposed' });
  });
});

describe('one name read twice is no pair of rivals', () => {
  it('"The explosion at Urgun" after "Urgun district": no "names \'Urgun\' and \'Urgun\'"', () => {
    const [p] = run(
      `${LEAD}\n\nThe blast in Urgun district of Paktika province came hours after a bomb hit a bus in Kabul.\n\nThe explosion at Urgun also destroyed dozens of cars, a witness said.`,
    );
    expect(p?.reasons.some((r) => r.message.includes("'Urgun' and 'Urgun'"))).toBe(false);
  });
  it('control: a second, different place in that sentence is still a rival', () => {
    const [p] = run(
      `${LEAD}\n\nThe blast in Urgun district of Paktika province came hours after a bomb hit a bus in Kabul.\n\nThe explosion at Urgun and another in Sharana destroyed dozens of cars, a witness said.`,
    );
    expect(p?.status).toBe('needs_review');
  });
});
