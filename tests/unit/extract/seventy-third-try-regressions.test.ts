// Regressions from the seventy-third real-page try (an AFP report whose lead told a rocket attack
// in Kunar and a bombing at Kabul airport in one sentence), on invented sentences, with controls.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Saturday 1 September 2007: Friday is 31 August. */
const run = extractOn('2007-09-01');

describe('two incidents in two clauses of one sentence', () => {
  it('"… in eastern Afghanistan on Friday, and … outside the Kabul airport": held', () => {
    // had been proposed at Kabul, 164 km from the Kunar base the first clause tells of
    const [p] = run(
      'Ten civilians were killed when rebels fired rockets at a base in eastern Afghanistan on Friday, and an Afghan soldier died in a suicide bombing outside the Kabul airport.',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('several_places');
  });
  it('"… in Balochistan on Friday, and a bomb wounded five in Quetta": held', () => {
    const [p] = run(
      'Gunmen killed two policemen in Balochistan on Friday, and a bomb wounded five people in Quetta.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "…, and police said five were wounded" tells one event', () => {
    const [p] = run(
      'A bomb exploded in Quetta on Friday, and police said five people were wounded.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
  it('control: a first clause with no place of its own is the same event', () => {
    const [p] = run(
      'Militants attacked a convoy on Friday, and two soldiers were killed in the attack in Bannu.',
    );
    expect(codes(p)).not.toContain('several_places');
  });
});
