// Regression (hundred-and-fourth try, after round places5 curated Karachi's quarters): "in
// Karachi's Nazimabad locality" names the quarter, which lies within the city's reach; the
// sentence had been held with two places, and Karachi proposed.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Sunday 30 October 2016. */
const run = extractOn('2016-10-30');

describe('a city in the possessive before a quarter of it', () => {
  it('"Karachi’s Nazimabad locality" is Nazimabad, proposed', () => {
    const [p] = run(
      'Gunmen opened fire in Karachi’s Nazimabad locality on Saturday, killing five.',
    );
    expect(p).toMatchObject({ resolved_place: 'Nazimabad', status: 'proposed' });
  });
  it('control: "Peshawar\'s Lyari", a quarter far from the city, is not folded into it', () => {
    const [p] = run("Gunmen opened fire in Peshawar's Lyari on Saturday, killing five.");
    expect(p?.status).toBe('needs_review');
  });
});
