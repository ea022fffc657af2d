// Regressions from the eighty-sixth real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2019-11-16');

describe('"the town of Kuchlak, a suburb of … Quetta": a named town the gazetteer lacks', () => {
  it('sends an answer at Quetta to review, naming it', () => {
    const [p] = run(
      'A bomb placed in a motorcycle parked in the town of Kuchlak, a suburb of Quetta, killed three soldiers on Friday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('Kuchlak');
  });
  it('control: "in the town of Pishin" (known) is settled there', () => {
    const [p] = run('A bomb killed three soldiers in the town of Pishin on Friday.');
    expect(p).toMatchObject({ resolved_place: 'Pishin', status: 'proposed' });
  });
});

describe('"a compound in the village of Khara Tanga in the Datta Khel area" after a district lead', () => {
  it('the lead at North Waziristan goes to review', () => {
    const ps = extractOn('2014-12-07')(
      'A suspected drone strike on a compound in North Waziristan tribal region killed four militants Sunday, officials said.\nTwo missiles fired from a drone hit a compound in the village of Khara Tanga in the Datta Khel area, officials said.',
    );
    expect(ps[0]?.status).toBe('needs_review');
    expect(ps[0]?.reasons.map((r) => r.message).join(' ')).toContain('Khara Tanga');
  });
});
