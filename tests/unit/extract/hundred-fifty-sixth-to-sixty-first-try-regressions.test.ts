// Regressions from the hundred-and-fifty-sixth to hundred-and-sixty-first real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a town called a province (try 159)', () => {
  it('"in Iran\'s northwestern province of Urmia" is not settled at the city', () => {
    const [p] = run(
      "A clash on Sunday occurred between security forces and gunmen in Iran's northwestern province of Urmia.",
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
  it('control: "the eastern province of Khost" is the province', () => {
    const [p] = run('Gunmen killed two soldiers on Sunday in the eastern province of Khost.');
    expect(p?.resolved_place).toBe('Khost');
    expect(p?.place_precision).toBe('province');
  });
});

describe("a name that is one city's own and another town's alternate (try 161)", () => {
  it('"in Bahawalpur" is Bahawalpur, not held between it and Bahawalnagar', () => {
    const [p] = run(
      'Police killed four terrorists during an operation in Bahawalpur late Sunday, officials said.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Bahawalpur' });
  });
  it('control: "in Bahawalnagar" is Bahawalnagar', () => {
    const [p] = run('A grenade attack killed two people in Bahawalnagar on Sunday.');
    expect(p?.resolved_place).toBe('Bahawalnagar');
  });
});

describe('a foreign country inside a quote (try 161)', () => {
  const lead =
    'Gunmen boarded a bus and opened fire on commuters in Karachi on Sunday, killing 43.';
  it('a leaflet quoted as blaming "atrocities … in the Levant, Iraq and Yemen" sets nothing abroad', () => {
    const [p] = run(
      `${lead}\n\nLeaflets left in the bus blamed them for “barbaric atrocities committed in the Levant, Iraq and Yemen”.`,
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Karachi' });
  });
  it('control: an article set in Iraq alone still holds a namesake', () => {
    const [p] = run(
      'Gunmen opened fire on commuters in Karachi on Sunday. The attack happened in Iraq.',
    );
    expect(p?.status).toBe('needs_review');
  });
});
