// Regressions from the hundred-and-sixth real-page try (Pakistan), on invented text, with a
// control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Friday 8 August 2025: Thursday is the 7th. */
const run = extractOn('2025-08-08');
const LEAD =
  'The Jaffar Express narrowly escaped disaster on Thursday when a bomb planted near the track close to Sibi Railway Station exploded just after the train passed.';

describe('a station where traffic was held up afterwards is no rival scene', () => {
  it('"Quetta-bound trains stopped at Jacobabad station" leaves the Sibi blast answered', () => {
    const [p] = run(
      `${LEAD}\nRailway police said train service has been suspended and Quetta-bound trains stopped at Jacobabad station.`,
    );
    expect(p).toMatchObject({ resolved_place: 'Sibi', status: 'proposed' });
  });
  it('control: "militants stormed the Jacobabad station" still sends it to review', () => {
    const [p] = run(`${LEAD}\nMilitants later stormed the Jacobabad Police Station.`);
    expect(p?.status).toBe('needs_review');
  });
});
