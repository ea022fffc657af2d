// Regressions from the ninety-first real-page try (Afghanistan), on invented text: a lead at a
// province is not folded into a later incident the text calls separate, and "the Kabul
// government" is the state, not the city.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';
import { places } from './placeHelpers.ts';

const run = extractOn('2011-07-29');

describe('"In a separate incident in Helmand on Friday, … in the Garmser district"', () => {
  const lead =
    'Eighteen civilians died when a roadside bomb destroyed their minivan in Helmand province on Friday.';
  it('keeps the lead at Helmand beside the separate incident', () => {
    const ps = run(
      `${lead} In a separate incident in Helmand on Friday, one person was killed when a tractor hit a bomb in the Garmser district.`,
    );
    expect(ps).toHaveLength(2);
    expect(ps[0]?.excerpt).toContain('Eighteen civilians');
    expect(ps[0]?.resolved_place).toBe('Helmand');
  });
  it('control: a detail not told apart still takes the lead', () => {
    const ps = run(
      `${lead} The bomb hit the minivan on Friday in the Garmser district, officials said.`,
    );
    expect(ps).toHaveLength(1);
  });
});

describe('"the Kabul government"', () => {
  it('is the state, not a place', () => {
    const m = places('The war between insurgents and the Kabul government goes on.').mentions;
    expect(m.find((x) => x.text === 'Kabul')?.role).toBe('government');
  });
  it('control: "the Kabul government offices" is a building in the city', () => {
    const m = places('A bomb exploded outside the Kabul government offices.').mentions;
    expect(m.find((x) => x.text === 'Kabul')?.role).toBe('place');
  });
});
