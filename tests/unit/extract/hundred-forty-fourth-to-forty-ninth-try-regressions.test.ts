// Regressions from the hundred-and-forty-fourth to hundred-and-forty-ninth real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('another incident the lead came after (try 149)', () => {
  const lead =
    'KARACHI: A person was killed in a cracker blast near a Rangers vehicle in Liaquatabad on Sunday, police said.';
  it('"The blast came hours after an attack … in Ghotki" leaves the lead unplaced, not at Ghotki', () => {
    const found = run(
      `${lead}\n\nThe blast came hours after an attack on a Rangers vehicle in Ghotki that left three people dead.`,
    );
    const first = found.find((p) => p.excerpt.startsWith('A person was killed'));
    expect(first?.resolved_place).not.toBe('Ghotki');
    expect(first?.status).toBe('needs_review');
  });
});

describe('an unknown area of a part of a district, and a spelling (tries 147 and 148)', () => {
  it('"the Marghan area of central Kurram" is a place the gazetteer lacks, in Kurram, for review', () => {
    const [p] = run(
      'An official was killed on Sunday in an attack in the Marghan area of central Kurram.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Kurram District' });
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: "in central Kurram" is Kurram District', () => {
    const [p] = run('An official was killed on Sunday in an attack in central Kurram.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Kurram District' });
  });
  it('"Bandar Lengeh" is Bandar-e Lengeh', () => {
    const [p] = run(
      'A suicide bomber blew himself up near a car on Sunday evening in Bandar Lengeh.',
    );
    expect(p?.resolved_place).toBe('Bandar-e Lengeh');
  });
});

describe('a town of the district named in the possessive (try 145)', () => {
  it('"Dera Ismail Khan\'s Kulachi area" is Kulachi', () => {
    const [p] = run(
      "A policeman was killed in a blast in Dera Ismail Khan's Kulachi area on Sunday morning.",
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Kulachi' });
  });
  it('control: "Dera Ismail Khan\'s Bannu area" (Bannu lies beyond) names two places', () => {
    const [p] = run(
      "A policeman was killed in a blast in Dera Ismail Khan's Bannu area on Sunday morning.",
    );
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
});

describe('a stance towards the state (try 147)', () => {
  it('"militants opposed to Tehran" does not put the clash in Tehran', () => {
    const [p] = run(
      'Kurdish militants opposed to Tehran killed six Iranian security forces in West Azerbaijan province on Sunday.',
    );
    expect(p?.resolved_place).toBe('West Azerbaijan');
  });
  it('control: "a village close to Kabul" is near Kabul', () => {
    const [p] = run('Gunmen attacked a checkpoint in a village close to Kabul on Sunday.');
    expect(p?.resolved_place).toContain('Kabul');
  });
});
