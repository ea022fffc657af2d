// Regressions from the forty-eighth real-page try (a News report from Wana), on invented
// sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Saturday 9 February 2013: Friday is the 8th. */
const run = extractOn('2013-02-09');

describe('"two separate mud-built houses": the targets of this strike, not another one', () => {
  const lead = 'Seven people were killed in a drone attack in South Waziristan on Friday evening.';
  it('the next paragraph\'s unknown "Babar area" sends the district answer to review', () => {
    // the district was proposed, 38 km from the village the next paragraph names
    const [p] = run(
      `${lead}\n\nOfficials said the drone fired six missiles and pounded two separate mud-built houses in the Babar area.`,
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
  });
  it('control: "a separate drone" is another strike, which tells nothing of this one', () => {
    const [p] = run(
      `${lead}\n\nOfficials said a separate drone fired six missiles and pounded mud-built houses in the Babar area.`,
    );
    expect(codes(p)).not.toContain('fallback_admin');
  });
});
