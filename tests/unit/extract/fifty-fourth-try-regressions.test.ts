// Regressions from the fifty-fourth real-page try (a News report from Tank, an AFP report from
// Kech), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Friday 15 December 2023: Thursday is the 14th. */
const run = extractOn('2023-12-15');

describe('a noun for people opening the sentence is no village', () => {
  it('"Terrorists in … Tank district attacked" is placed in Tank district, no fallback', () => {
    // "Terrorists" was read as an unknown village of Tank district, for review as a fallback
    const [p] = run(
      "Terrorists in Khyber Pakhtunkhwa's Tank district attacked the Police Lines on Thursday.",
    );
    expect(codes(p)).not.toContain('fallback_admin');
  });
  it('control: "Kot Azam in Tank district" is still a village the gazetteer lacks', () => {
    const [p] = run('Gunmen attacked a checkpoint at Kot Azam in Tank district on Thursday.');
    expect(codes(p)).toContain('fallback_admin');
  });
});

describe("a later sentence naming the province that holds the lead's district", () => {
  const lead =
    "At least six soldiers were killed on Thursday when their convoy came under attack in Balochistan's Kech district.";
  it('"Balochistan Information Minister … told AFP" is no rival place', () => {
    // it was reviewed as "'Balochistan' does not lie in 'Kech district'"
    const [p] = run(
      `${lead}\n\n"Six men were martyred in the gun attack," Balochistan Information Minister Zahoor Buledi told AFP.`,
    );
    expect(codes(p)).not.toContain('several_places');
  });
  it('control: a road between two towns of a district is no province holding it', () => {
    // a forty-fourth-try page, whose district lead went to review for the road
    const [p] = run(
      'At least ten soldiers were injured when a suicide bomber attacked a convoy in North Waziristan tribal district on Thursday.\n\nOfficials said the convoy was going from Mirali to Miramshah when the bomber blew himself up.',
    );
    expect(codes(p)).toContain('several_places');
  });
  it('control: a later sentence placing the attack in Panjgur is a rival', () => {
    const [p] = run(`${lead}\n\nThe attack took place in Panjgur, officials said.`);
    expect(codes(p)).toContain('several_places');
  });
});

describe('"Tank Adda": a bus stand named after a town, not the town', () => {
  it('"in the market near Tank Ada" is not Tank, 60 km from Dera Ismail Khan', () => {
    const [p] = run('A blast took place in the market near Tank Ada on Thursday.');
    expect(p?.resolved_place).not.toBe('Tank');
  });
  it('control: "in the market in Tank" is Tank', () => {
    const [p] = run('A blast took place in the market in Tank on Thursday.');
    expect(p?.resolved_place).toBe('Tank');
  });
});
