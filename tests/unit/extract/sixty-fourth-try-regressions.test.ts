// Regressions from the sixty-fourth real-page try (an attack on a tribal agency's political
// agent's office, which sat outside the agency), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Friday 8 June 2018: Thursday is the 7th. */
const run = extractOn('2018-06-08');

describe('"the Khyber Agency political agent": whose office, not where', () => {
  it('"attacked the Khyber Agency political agent\'s office": held, not answered in the agency', () => {
    // had been answered in Khyber district, 42 km from the office in Peshawar
    const [p] = run(
      "Militants attacked the Khyber Agency political agent's office on Thursday, killing four people.",
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.some((r) => r.message.includes('political agent'))).toBe(true);
  });
  it('"the office of the Khyber Agency political agent": held', () => {
    const [p] = run(
      'A suicide bomber attacked the office of the Khyber Agency political agent on Thursday.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "the Kurram political agent in Parachinar" is at Parachinar', () => {
    const [p] = run(
      'A bomb exploded near the residence of the Kurram political agent in Parachinar on Thursday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Parachinar', status: 'proposed' });
  });
  it('control: "a check post in Khyber Agency …, the political agent said" stays answered', () => {
    const [p] = run(
      'Militants attacked a check post in Khyber Agency on Thursday, the political agent said.',
    );
    expect(p?.status).toBe('proposed');
  });
});
