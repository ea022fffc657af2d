// Regressions from the eighty-fourth real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2008-01-17');
const LEAD =
  'WANA, Jan 16: Hundreds of militants captured a paramilitary fort in South Waziristan on Tuesday night, officials said.';

describe('"… attacked the fort in Sararogha … on Tuesday": a same-day retelling at a lacked place', () => {
  it('sends the lead at the district to review, one draft', () => {
    const ps = run(
      `${LEAD}\nThe sources said that militants attacked the fort in Sararogha at around 9pm on Tuesday.`,
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]?.status).toBe('needs_review');
    expect(ps[0]?.reasons.map((r) => r.message).join(' ')).toContain('Sararogha');
  });
  it('control: a sentence of another day tells something else', () => {
    const ps = run(
      `${LEAD}\nThe sources said that militants attacked the fort in Sararogha on Sunday.`,
    );
    expect(ps[0]?.reasons.map((r) => r.message).join(' ')).not.toContain('Sararogha');
  });
  it('control: with no such sentence the district answer stands', () => {
    const [p] = run(LEAD);
    expect(p).toMatchObject({ resolved_place: 'South Waziristan District', status: 'proposed' });
  });
});

describe('a same-day retelling that gives a finer place', () => {
  const runM = extractOn('2024-11-26');
  const LEAD2 = 'A bomb killed five people in Kech district on Monday, officials said.';
  it('is one draft at that place, not two', () => {
    const ps = runM(`${LEAD2}\nThe blast on Monday hit a passenger bus in Turbat, police said.`);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.resolved_place).toBe('Turbat');
  });
  it('control: "also attacked … on Monday" is a second incident', () => {
    const ps = runM(`${LEAD2}\nOn Monday, militants also attacked a police post in Turbat.`);
    expect(ps).toHaveLength(2);
    expect(ps[0]?.resolved_place).toBe('Kech District');
  });
});
