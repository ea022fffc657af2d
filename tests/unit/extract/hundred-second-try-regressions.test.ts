// Regressions from the hundred-and-second real-page try (Pakistan), on invented text, with a
// control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Sunday 25 June 2023: Saturday is the 24th. */
const run = extractOn('2023-06-25');

describe('"in Turbat district Kech": the town, in the district named after the word', () => {
  it('is the town of Turbat, not a district the gazetteer lacks', () => {
    const [p] = run(
      'A policeman was killed in a suicide blast in Turbat district Kech of Balochistan on Saturday.',
    );
    expect(p).toMatchObject({
      resolved_place: 'Turbat',
      place_precision: 'town',
      status: 'proposed',
    });
  });
  it('control: "in Turbat district on Saturday" is still the district, for review', () => {
    const [p] = run('A policeman was killed in a suicide blast in Turbat district on Saturday.');
    expect(p?.status).toBe('needs_review');
  });
});
