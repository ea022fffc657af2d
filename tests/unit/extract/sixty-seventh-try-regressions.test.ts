// Regressions from the sixty-seventh real-page try (a Daily Pakistan page on strikes in Khost), on
// invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Tuesday 25 November 2025: Monday is the 24th. */
const run = extractOn('2025-11-25');

const AFTER_PESHAWAR =
  'A day after a suicide bombing in Peshawar, a strike hit the home of a resident in';

describe('"A day after X in P, <event> …": P is the earlier event\'s place', () => {
  it('the strike after the comma is in Bajaur, not Peshawar', () => {
    // the opening clause's town had been proposed as the scene (168 km off on the real page)
    const [p] = run(`${AFTER_PESHAWAR} the Bajaur district late Monday night.`);
    expect(p).toMatchObject({ resolved_place: 'Bajaur District', status: 'proposed' });
  });
  it("with no other known place, Peshawar is held as the earlier event's place", () => {
    const [p] = run(`${AFTER_PESHAWAR} the Gorbuz district late Monday night.`);
    expect(p?.reasons.some((r) => r.message.includes('earlier event'))).toBe(true);
  });
  it('control: "It comes a day after a strike in Panjgur" tells the strike, in Panjgur', () => {
    const [p] = run('It comes a day after Iran struck militants in Panjgur on Monday.');
    expect(p?.resolved_place).toBe('Panjgur');
  });
});

describe('a district the gazetteer lacks beside a known town', () => {
  it('"in Bannu …, and … in the Gorbuz district": held, the district named', () => {
    const [p] = run(
      'Militants attacked a check post in Bannu on Monday night, and police said another post came under fire in the Gorbuz district.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.some((r) => r.message.includes("'Gorbuz district'"))).toBe(true);
  });
  it('control: "in Mastung, in the Gorbuz district" puts the town in it: answered', () => {
    const [p] = run(
      'Militants attacked a check post in Mastung, in the Gorbuz district, on Monday night.',
    );
    expect(p).toMatchObject({ resolved_place: 'Mastung', status: 'proposed' });
  });
  it('control: "in Peshawar" alone is answered', () => {
    const [p] = run('A suicide bomber attacked a police station in Peshawar late Monday night.');
    expect(p).toMatchObject({ resolved_place: 'Peshawar', status: 'proposed' });
  });
  it('control: "the Gorbuz area of Peshawar" stays in Peshawar, no rival', () => {
    const [p] = run(
      'A suicide bomber attacked a police post in the Gorbuz area of Peshawar late Monday night.',
    );
    expect(codes(p)).not.toContain('several_places');
  });
});
