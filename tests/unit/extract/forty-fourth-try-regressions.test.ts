// Regressions from the forty-fourth real-page try (a Lower Dir police report, a Kohat-datelined
// Hangu bombing), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 5 August 2025: Monday is the 4th. */
const run = extractOn('2025-08-05');

describe('"Police Chowki" is a police post, not Tsowkêy in Kunar', () => {
  it('"an attack on Maidan Gul Police Chowki" is not placed in Afghanistan', () => {
    // it had been proposed at Tsowkêy (alias Chowki) in Kunar, 85 km from the Lower Dir post
    const [p] = run('Militants on Monday launched an attack on Maidan Gul Police Chowki.');
    expect(p?.resolved_place ?? null).toBeNull();
    expect(p?.status).toBe('needs_review');
  });
  it('control: "the Levies Chowki in Nushki" is in Nushki', () => {
    const [p] = run('Militants on Monday attacked the Levies Chowki in Nushki.');
    expect(p?.resolved_place).toBe('Nushki');
  });
  it('control: "Chowki district of Kunar" is still the Afghan district', () => {
    const [p] = run('Militants on Monday attacked a checkpoint in Chowki district of Kunar.');
    expect(p?.resolved_place).toBe('Tsowkêy');
  });
});

describe('"Aliabad area of Hangu": namesakes all far from the place named with it', () => {
  it('falls back to Hangu, for review, saying the namesakes lie far off', () => {
    // six Aliabads (Kunduz, Gilgit-Baltistan, Golestan …) ranked alike: no point at all
    const [p] = run('A suicide bomber hit a police van in Aliabad area of Hangu on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Hangu', status: 'needs_review' });
    const why = p?.reasons.find((r) => r.code === 'fallback_admin')?.message;
    expect(why).toMatch(/only 6 namesakes far from Hangu/);
  });
  it('control: a bare "Aliabad" with no place around it stays ambiguous', () => {
    const [p] = run('A suicide bomber hit a police van in Aliabad on Monday.');
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
});
