// Regression (hundred-and-eighteenth try): "a crowded bus terminal at Kohat" names a facility only
// a town has, so "Kohat" is the town, though the article speaks of "Kohat district" in a police
// chief's title; the bombing had been held as anywhere in the district.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 8 December 2010. */
const run = extractOn('2010-12-08');
const CHIEF = '\nKohat district police chief Abdullah Khan said the bomber was on foot.';

describe('a town facility before a district seat', () => {
  it('"a bus terminal at Kohat" is the town, proposed', () => {
    const [p] = run(
      `A suicide bomber on Wednesday targeted a crowded bus terminal at Kohat, killing 15 people.${CHIEF}`,
    );
    expect(p).toMatchObject({ resolved_place: 'Kohat', status: 'proposed' });
  });
  it('control: "a checkpost in Kohat" stays the district the article speaks of', () => {
    const [p] = run(
      `Militants on Wednesday attacked a checkpost in Kohat, killing 15 people.${CHIEF}`,
    );
    expect(p?.resolved_place).toBe('Kohat District');
  });
});
