// Regressions from the seventy-sixth real-page try (Pakistan), on invented text, with controls.
// The cardinal-direction points ("a village 15 km west of Miran Shah") are in
// place-bearing.test.ts.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2018-01-09');

describe('"Quetta\'s Zarghoon road": a street of a town is in the town', () => {
  it('proposed at Quetta within its own radius, not held as a fallback within 50 km', () => {
    const [p] = run("Six people were killed as a blast rocked Quetta's Zarghoon road on Tuesday.");
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
    expect(p?.uncertainty_km).toBeLessThan(20);
    expect(p?.place).toBe("Quetta's Zarghoon road");
  });
  it('control: "Quetta\'s Zarghoon area" may lie outside the town and stays a fallback', () => {
    const [p] = run("Six people were killed as a blast rocked Quetta's Zarghoon area on Tuesday.");
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: a district\'s road ("Kech district\'s Zarghoon road") is no street of a town', () => {
    const [p] = run(
      "Six people were killed as a blast hit Kech district's Zarghoon road on Tuesday.",
    );
    expect(p?.status).toBe('needs_review');
  });
});
