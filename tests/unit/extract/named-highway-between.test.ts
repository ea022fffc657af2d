// A named highway between two towns ("the Makran Coastal Highway between Pasni and Ormara"): the
// name before the road names the road, not a rival place; the two ends settle where it is. A
// stop-33 try had held such a sentence as "Makran" (ambiguous with a village in Mazandaran).
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Friday 3 May 2019: Thursday is the 2nd. */
const run = extractOn('2019-05-03');

describe('a highway named after a region, between two towns', () => {
  it('"the Makran Coastal Highway between Pasni and Ormara" lies between the two towns', () => {
    const [p] = run(
      'Gunmen killed 14 bus passengers on the Makran Coastal Highway between Pasni and Ormara on Thursday.',
    );
    expect(p).toMatchObject({
      resolved_place: 'road between Pasni and Ormara',
      place: 'the Makran Coastal Highway between Pasni and Ormara',
      status: 'proposed',
    });
  });
  it('"the Coastal Highway between Pasni and Ormara" takes the road name into the phrase', () => {
    const [p] = run(
      'Gunmen killed 14 bus passengers on the Coastal Highway between Pasni and Ormara on Thursday.',
    );
    expect(p?.place).toBe('the Coastal Highway between Pasni and Ormara');
  });
  it('control: a town before "on the highway between A and B" stays a rival place', () => {
    const [p] = run(
      'A bomb hit a convoy in Quetta on the highway between Kalat and Mastung on Thursday.',
    );
    expect(p?.status).toBe('needs_review');
  });
});
