// Regression (hundred-and-eleventh try): "in Baneh border region" names the frontier near Baneh,
// which is Iran's border with Iraq, one the gazetteer does not hold. The reach had been measured
// to the nearest border it holds (with Afghanistan), 1,337 km off; now the border is said to be
// unknown and the place keeps the usual reach of a border area.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 18 March 2019. */
const run = extractOn('2019-03-18');

describe('the border area of a town far from every border the gazetteer holds', () => {
  it('"Baneh border region" is not widened to a border 1,300 km away', () => {
    const [p] = run(
      'Gunmen attacked border guards on Sunday evening in Baneh border region, killing one guard.',
    );
    expect(p?.resolved_place).toBe('Bāneh');
    expect(p?.uncertainty_km).toBeLessThan(100);
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/border .*not hold/);
  });
  it('control: "the Panjgur border area" still reaches the Iran–Pakistan border', () => {
    const [p] = run('Gunmen attacked a convoy on Sunday in the Panjgur border area, killing one.');
    expect(p?.uncertainty_km).toBeGreaterThan(60);
  });
});
